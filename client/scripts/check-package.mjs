// Packaging check: runs `npm run package` (this machine's platform-specific .vsix, its server built
// by ../scripts/publish.sh, or taken from FACTLSP_SERVER_DIR) and asserts what the .vsix holds:
// the extension, the server for this platform (executable, answering --version with the
// extension's version), the target platform in the manifest.
import { Buffer } from 'node:buffer';
import { execFileSync, execSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import { hostTarget, vsixName } from './package.mjs';

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = hostTarget();
const vsix = join(clientDir, vsixName(target));
const serverEntry = `extension/server/${process.platform === 'win32' ? 'factlsp.exe' : 'factlsp'}`;
const version = JSON.parse(readFileSync(join(clientDir, 'package.json'), 'utf8')).version;
// vsce lower-cases README.md and CHANGELOG.md and renames LICENSE to LICENSE.txt: names are compared case-insensitively.
const required = [
  'extension/dist/extension.js',
  'extension/syntaxes/factlsp.injection.tmLanguage.json',
  'extension/package.json',
  'extension/README.md',
  'extension/LICENSE.txt',
  'extension/CHANGELOG.md',
  serverEntry,
];
const forbidden = [/^extension\/src\//, /^extension\/node_modules\//, /^extension\/test\//, /\.ts$/];

/** The entries of the zip: names, Unix modes, and the contents of the ones `keep` asks for. */
function entries(file, keep) {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names = [];
      const modes = new Map();
      const contents = new Map();
      zip.on('entry', (e) => {
        names.push(e.fileName);
        modes.set(e.fileName, (e.externalFileAttributes >>> 16) & 0o777);
        if (!keep(e.fileName)) return zip.readEntry();
        zip.openReadStream(e, (error, stream) => {
          if (error) return reject(error);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => {
            contents.set(e.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolvePromise({ names, modes, contents }));
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
const { names, modes, contents } = await entries(vsix, (n) => n === serverEntry || n === 'extension.vsixmanifest');
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
function check(ok, what) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${what}`);
}
const manifest = contents.get('extension.vsixmanifest')?.toString('utf8') ?? '';
check(manifest.includes(`TargetPlatform="${target}"`), `the manifest targets ${target}`);
const server = contents.get(serverEntry);
if (process.platform !== 'win32') check((modes.get(serverEntry) ?? 0) & 0o100, `${serverEntry} is executable in the zip (mode ${(modes.get(serverEntry) ?? 0).toString(8)})`);
if (server) {
  // The bundled server runs on its own (self-contained: no .NET needed) and has the extension's version.
  const dir = mkdtempSync(join(tmpdir(), 'factlsp-vsix-'));
  const exe = join(dir, serverEntry.split('/').pop());
  writeFileSync(exe, server);
  chmodSync(exe, 0o755);
  let answer = '';
  try {
    answer = execFileSync(exe, ['--version'], { encoding: 'utf8', env: { ...process.env, DOTNET_ROOT: join(dir, 'no-dotnet'), PATH: '/usr/bin:/bin' } }).trim();
  } catch (err) {
    answer = String(err);
  }
  rmSync(dir, { recursive: true, force: true });
  check(answer === version, `the bundled server runs on its own and answers --version with ${version} (it said "${answer}")`);
  console.log(`bundled server: ${(server.length / 1048576).toFixed(1)} MB`);
}
console.log(`${names.length} files in ${vsix}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
