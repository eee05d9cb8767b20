// The `factlsp.rules` setting against the server's rule table (src/FactLsp.Core/Diagnostics/Rules.cs):
// every rule the server can report can be set, with the server's default in its description.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isRuleName, RULE_NAMES, RULES, SEVERITIES } from '../src/rules';
import { toServerSettings } from '../src/settings';

const clientDir = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(clientDir, 'package.json'), 'utf8'));
const ruleSettings = pkg.contributes.configuration.properties['factlsp.rules'].properties as Record<string, { enum: string[]; markdownDescription: string }>;

// The rule table as the server declares it, read here independently of scripts/sync-rules.mjs:
// every `new("code", Severity.X, …)` of Rules.cs.
const rulesCs = readFileSync(join(clientDir, '..', 'src', 'FactLsp.Core', 'Diagnostics', 'Rules.cs'), 'utf8');
const serverRules = [...rulesCs.matchAll(/new\("([a-z0-9-]+)", Severity\.(\w+)/g)].map((m) => ({ code: m[1], severity: m[2].toLowerCase() }));

describe('rule settings', () => {
  it('read a plausible table from the server (the spec rules and the file rules)', () => {
    assert.ok(serverRules.length >= 19, `only ${serverRules.length} rules read from Rules.cs`);
    for (const code of ['malformed-annotation', 'quote-not-found', 'quote-alteration', 'invalid-yaml', 'unreadable-file', 'invalid-encoding']) {
      assert.ok(serverRules.some((r) => r.code === code), code);
    }
  });

  it('offer exactly the rules of the server, in its order, each with the five severities', () => {
    assert.deepEqual(Object.keys(ruleSettings), serverRules.map((r) => r.code));
    for (const [name, schema] of Object.entries(ruleSettings)) assert.deepEqual(schema.enum, [...SEVERITIES], name);
    assert.equal(pkg.contributes.configuration.properties['factlsp.rules'].additionalProperties, false);
  });

  it("give the server's default severity", () => {
    for (const rule of serverRules) {
      assert.equal(RULES[rule.code], rule.severity, rule.code);
      assert.match(ruleSettings[rule.code].markdownDescription, new RegExp(`^Severity of \`${rule.code}\` \\(default: ${rule.severity}\\): \\S`));
    }
  });

  it('let the file rules through to the server and drop unknown names', () => {
    assert.deepEqual(RULE_NAMES, serverRules.map((r) => r.code));
    assert.ok(isRuleName('invalid-encoding') && !isRuleName('no-such-rule'));
    const s = toServerSettings({ rules: { 'invalid-yaml': 'warning', 'unreadable-file': 'off', 'invalid-encoding': 'info', 'no-such-rule': 'error' } });
    assert.deepEqual(s.rules, { 'invalid-yaml': 'warning', 'unreadable-file': 'off', 'invalid-encoding': 'info' });
  });
});
