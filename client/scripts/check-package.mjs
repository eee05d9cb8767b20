// Packaging check: runs `npm run package` and asserts what the .vsix holds.
import { execSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vsix = join(clientDir, 'factlsp.vsix');
// vsce lower-cases README.md and CHANGELOG.md and renames LICENSE to LICENSE.txt: names are compared case-insensitively.
const required = [
  'extension/dist/extension.js',
  'extension/syntaxes/factlsp.injection.tmLanguage.json',
  'extension/package.json',
  'extension/README.md',
  'extension/LICENSE.txt',
  'extension/CHANGELOG.md',
];
const forbidden = [/^extension\/src\//, /^extension\/node_modules\//, /^extension\/test\//, /\.ts$/];

function entries(file) {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names = [];
      zip.on('entry', (e) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolvePromise(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

rmSync(vsix, { force: true });
execSync('npm run package', { cwd: clientDir, stdio: 'inherit' });
if (!existsSync(vsix)) {
  console.error(`check-package: ${vsix} was not written`);
  process.exit(1);
}
const names = await entries(vsix);
let passed = 0;
let failed = 0;
for (const name of required) {
  if (names.some((n) => n.toLowerCase() === name.toLowerCase())) {
    passed++;
    console.log(`ok - ${name}`);
  } else {
    failed++;
    console.log(`not ok - ${name} is missing`);
  }
}
const stray = names.filter((n) => !n.endsWith('.d.ts') && forbidden.some((re) => re.test(n)));
if (stray.length === 0) {
  passed++;
  console.log('ok - no sources, tests or node_modules in the package');
} else {
  failed++;
  console.log(`not ok - unexpected files: ${stray.join(', ')}`);
}
console.log(`${names.length} files in ${vsix}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
