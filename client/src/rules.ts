/** The rules of the FactLsp annotation language (spec section 6) and their severities. Pure: no `vscode` import. */

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rule name → default severity, in the spec's order. `wrong-speaker` is error or warning depending on the case. */
export const RULES: Readonly<Record<string, string>> = {
  'malformed-annotation': 'error',
  'unknown-speaker': 'error',
  'unknown-source': 'error',
  'duplicate-id': 'error',
  'quote-not-found': 'error',
  misquote: 'warning',
  'wrong-speaker': 'error / warning',
  'speaker-not-evident': 'info',
  'not-quoted-in-source': 'warning',
  'unverifiable-quote': 'info',
  'evidence-not-found': 'warning',
  'claim-without-source': 'warning',
  'disputed-claim': 'warning',
  'unattributed-quote': 'warning',
  'source-after-article': 'warning',
  'unused-definition': 'hint',
  'quote-alteration': 'hint',
};

export const RULE_NAMES: readonly string[] = Object.keys(RULES);

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function isRuleName(value: unknown): value is string {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RULES, value);
}
