/**
 * The rules of FactLsp and their severities. Pure: no `vscode` import. The rule names are those of
 * the `factlsp.rules` setting in package.json, which `scripts/sync-rules.mjs` writes from the
 * server's rule table (src/FactLsp.Core/Diagnostics/Rules.cs), so every rule the server reports
 * can be set, new ones included.
 */
import pkg from '../package.json';

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rule name → the server's default severity, in the server table's order. */
export const RULES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(pkg.contributes.configuration.properties['factlsp.rules'].properties as Record<string, { markdownDescription: string }>).map(
    ([name, schema]) => [name, /\(default: (\w+)\)/.exec(schema.markdownDescription)?.[1] ?? 'error'],
  ),
);

export const RULE_NAMES: readonly string[] = Object.keys(RULES);

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function isRuleName(value: unknown): value is string {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RULES, value);
}
