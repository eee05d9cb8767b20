// Writes the `factlsp.rules` setting of package.json from the server's rule table
// (src/FactLsp.Core/Diagnostics/Rules.cs): one property per rule, in the table's order, with the
// server's default severity and description. Run by `npm run build`, `npm test` and packaging, so a
// rule added to the table can be set in VS Code without anyone editing package.json by hand;
// test/rules.test.ts checks the result. `--check` only reports whether package.json is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const rulesFile = process.env.FACTLSP_RULES_CS ?? join(clientDir, '..', 'src', 'FactLsp.Core', 'Diagnostics', 'Rules.cs');
export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** The rules of Rules.cs, in the order of `Rules.All`: { code, severity, description }. */
export function readRuleTable(text) {
  const declared = new Map();
  const declaration = /public static readonly Rule (\w+)\s*=\s*new\(\s*"([a-z0-9-]+)"\s*,\s*Severity\.(\w+)\s*,\s*"((?:[^"\\]|\\.)*)"/g;
  for (const m of text.matchAll(declaration)) {
    declared.set(m[1], { code: m[2], severity: m[3].toLowerCase(), description: m[4].replace(/\\(.)/g, '$1') });
  }
  const all = /IReadOnlyList<Rule> All \{ get; \}\s*=\s*\[([^\]]*)\]/.exec(text);
  if (!all) throw new Error(`sync-rules: no "All" list in ${rulesFile}`);
  const names = all[1].split(',').map((n) => n.trim()).filter((n) => n.length > 0);
  const rules = names.map((name) => {
    const rule = declared.get(name);
    if (!rule) throw new Error(`sync-rules: Rules.All names ${name}, whose declaration was not understood`);
    return rule;
  });
  if (rules.length === 0) throw new Error(`sync-rules: no rules read from ${rulesFile}`);
  return rules;
}

/** The JSON schema of one rule's setting. */
export function ruleProperty(rule) {
  return {
    type: 'string',
    enum: SEVERITIES,
    markdownDescription: `Severity of \`${rule.code}\` (default: ${rule.severity}): ${rule.description}`,
  };
}

export function syncedPackage(pkg, rules) {
  const copy = JSON.parse(JSON.stringify(pkg));
  const setting = copy.contributes.configuration.properties['factlsp.rules'];
  setting.properties = Object.fromEntries(rules.map((r) => [r.code, ruleProperty(r)]));
  setting.markdownDescription = `Severity of each rule: \`error\`, \`warning\`, \`info\`, \`hint\` or \`off\`. Overrides the server's defaults and the \`rules:\` of \`factlsp.yaml\`. The ${rules.length} rules are those of the server's rule table.`;
  return copy;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pkgFile = join(clientDir, 'package.json');
  const before = readFileSync(pkgFile, 'utf8');
  const rules = readRuleTable(readFileSync(rulesFile, 'utf8'));
  const after = JSON.stringify(syncedPackage(JSON.parse(before), rules), null, 2) + '\n';
  if (after === before) {
    console.log(`sync-rules: package.json has the ${rules.length} rules of the server`);
  } else if (process.argv.includes('--check')) {
    console.error('sync-rules: package.json differs from the server rule table: run `npm run sync-rules`');
    process.exit(1);
  } else {
    writeFileSync(pkgFile, after);
    console.log(`sync-rules: package.json updated to the ${rules.length} rules of the server`);
  }
}
