// `npm run package`: the platform-specific .vsix, carrying its platform's factlsp server in server/.
//
//   node scripts/package.mjs [--target TARGET | --all] [--server-dir DIR] [--no-r2r]
//
// TARGET is a VS Code target (linux-x64, linux-arm64, darwin-x64, darwin-arm64, win32-x64);
// the default is this machine's. The server is built by ../scripts/publish.sh (self-contained,
// single-file) unless --server-dir names a folder that already holds factlsp[.exe] (with --all:
// DIR/RID/). Writes factlsp-TARGET.vsix here and prints its path.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(clientDir, '..');

/** VS Code's platform targets and the .NET runtime identifiers of their servers. */
export const TARGETS = {
  'linux-x64': 'linux-x64',
  'linux-arm64': 'linux-arm64',
  'darwin-x64': 'osx-x64',
  'darwin-arm64': 'osx-arm64',
  'win32-x64': 'win-x64',
};

export function hostTarget(platform = process.platform, arch = process.arch) {
  const target = `${platform}-${arch}`;
  if (!(target in TARGETS)) throw new Error(`package: no FactLsp server is built for ${target}`);
  return target;
}

export function vsixName(target) {
  return `factlsp-${target}.vsix`;
}

function option(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function packageOne(target, serverDir, noR2r) {
  const rid = TARGETS[target];
  if (!rid) throw new Error(`package: unknown target ${target} (one of ${Object.keys(TARGETS).join(', ')})`);
  const exe = rid.startsWith('win') ? 'factlsp.exe' : 'factlsp';
  let from = serverDir ? join(serverDir, exe) : undefined;
  if (!from) {
    const publish = ['--no-archive', ...(noR2r ? ['--no-r2r'] : []), rid];
    execFileSync('bash', [join(repoDir, 'scripts', 'publish.sh'), ...publish], { stdio: 'inherit' });
    from = join(repoDir, 'artifacts', 'publish', rid, exe);
  }
  if (!existsSync(from)) throw new Error(`package: the server ${from} is missing`);
  const bundled = join(clientDir, 'server');
  rmSync(bundled, { recursive: true, force: true });
  mkdirSync(bundled);
  copyFileSync(from, join(bundled, exe));
  chmodSync(join(bundled, exe), 0o755);
  const out = vsixName(target);
  try {
    const vsce = join(clientDir, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
    execFileSync(vsce, ['package', '--target', target, '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: clientDir, stdio: 'inherit' });
  } finally {
    // Not left behind: in a development window a stale bundled server would win over the build.
    rmSync(bundled, { recursive: true, force: true });
  }
  console.log(`package: wrote ${join(clientDir, out)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const noR2r = args.includes('--no-r2r') || process.env.FACTLSP_PUBLISH_NO_R2R === '1';
  const serverDir = option(args, '--server-dir') ?? process.env.FACTLSP_SERVER_DIR;
  try {
    if (args.includes('--all')) {
      for (const [target, rid] of Object.entries(TARGETS)) packageOne(target, serverDir ? join(serverDir, rid) : undefined, noR2r);
    } else {
      packageOne(option(args, '--target') ?? hostTarget(), serverDir, noR2r);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
