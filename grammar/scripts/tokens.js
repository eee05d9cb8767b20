#!/usr/bin/env node
// Debug aid: print the scopes of every token of a Markdown file, with the
// FactLsp injection active. Usage: npm run tokens -- file.md
'use strict';
const fs = require('fs');
const { createRegistry, loadConfiguration } = require('vscode-tmgrammar-test/dist/common/index.js');
const tm = require('vscode-textmate');

(async () => {
  const { grammars } = loadConfiguration('package.json', undefined, []);
  const registry = createRegistry(grammars);
  const grammar = await registry.loadGrammar('text.html.markdown');
  let stack = tm.INITIAL;
  const lines = fs.readFileSync(process.argv[2], 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    console.log(`${i + 1}: ${line}`);
    for (const t of r.tokens) {
      const text = line.substring(t.startIndex, t.endIndex);
      console.log(`    ${JSON.stringify(text)} ${t.scopes.slice(1).join(' ')}`);
    }
  });
})();
