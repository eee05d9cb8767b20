// Copies the TextMate injection grammar from the repository's grammar/ folder into client/syntaxes/.
// Run by `prebuild` and `vscode:prepublish`. FACTLSP_GRAMMAR may name another file (used by tests).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.env.FACTLSP_GRAMMAR
  ? resolve(process.env.FACTLSP_GRAMMAR)
  : join(clientDir, '..', 'grammar', 'syntaxes', 'factlsp.injection.tmLanguage.json');
const target = join(clientDir, 'syntaxes', 'factlsp.injection.tmLanguage.json');

if (!existsSync(source)) {
  console.error(
    `copy-grammar: the injection grammar is missing: ${source}\n` +
      'It is written in grammar/syntaxes/ at the repository root (scopeName text.factlsp.injection). ' +
      'Merge it (or set FACTLSP_GRAMMAR to a grammar file) before building or packaging the extension.',
  );
  process.exit(1);
}

let grammar;
try {
  grammar = JSON.parse(readFileSync(source, 'utf8'));
} catch (err) {
  console.error(`copy-grammar: ${source} is not valid JSON: ${err.message}`);
  process.exit(1);
}
if (grammar.scopeName !== 'text.factlsp.injection') {
  console.error(`copy-grammar: ${source} has scopeName ${JSON.stringify(grammar.scopeName)}, expected "text.factlsp.injection".`);
  process.exit(1);
}

mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`copy-grammar: ${source} -> ${target}`);
