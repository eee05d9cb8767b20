/**
 * Finds the `factlsp` server to run. Pure: every effect (file checks, environment, running
 * `--version`) is injected, so this module is unit-tested without VS Code.
 *
 * Order: the `factlsp.server.path` setting (when set, nothing else is tried); the server bundled in
 * a platform-specific .vsix (`server/factlsp[.exe]` in the extension folder); `factlsp` on PATH;
 * last, for development only, the server built in this repository when the extension runs from its
 * `client/` folder (`../src/FactLsp/bin/{Release,Debug}/net10.0/`). Each found server must answer
 * `--version` before it is chosen; one that does not is skipped (the setting's is an error).
 */
import * as path from 'node:path';

export interface ServerCommand {
  /** Executable to spawn (`factlsp`, an absolute path, or `dotnet` for a `.dll`). */
  command: string;
  /** Arguments before the sub-command, e.g. the `.dll` path when `command` is `dotnet`. */
  args: string[];
  /** Where it came from, for messages and logs. */
  origin: 'setting' | 'bundled' | 'path' | 'repository';
  /** The file that was found (the executable or the `.dll`). */
  file: string;
}

export type Resolution = { ok: true; server: ServerCommand } | { ok: false; message: string; searched: string[] };

export interface ResolveEnv {
  /** Value of `factlsp.server.path` (may be empty or undefined). */
  configuredPath?: string | null;
  /** Absolute path of the extension's folder (the `client/` folder when run from the repository). */
  extensionPath: string;
  /** First workspace folder, used to resolve a relative configured path and `${workspaceFolder}`. */
  workspaceFolder?: string;
  /** The PATH environment variable. */
  pathEnv?: string;
  /** PATHEXT on Windows. */
  pathExt?: string;
  /** `process.platform`. */
  platform: NodeJS.Platform;
  /** The user's home folder, for `~`. */
  homeDir?: string;
  /** True when `p` is an existing regular file. */
  isFile: (p: string) => boolean;
  /** True when `p` may be executed (on Windows: same as isFile). Defaults to isFile. */
  isExecutable?: (p: string) => boolean;
}

export const SERVER_NAME = 'factlsp';
/** Where a platform-specific .vsix carries its server, relative to the extension folder. */
export const BUNDLED_DIR = 'server';
export const CONFIGURATIONS = ['Release', 'Debug'] as const;
export const TARGET_FRAMEWORK = 'net10.0';

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Expands `~` and `${workspaceFolder}` / `${userHome}` and makes a relative path absolute against the workspace folder. */
export function expandConfiguredPath(raw: string, env: Pick<ResolveEnv, 'workspaceFolder' | 'homeDir' | 'platform'>): string {
  const p = pathApi(env.platform);
  let value = raw.trim();
  if (env.homeDir) {
    value = value.replace(/\$\{userHome\}/g, env.homeDir);
    if (value === '~' || value.startsWith('~/') || value.startsWith('~\\')) {
      value = env.homeDir + value.slice(1);
    }
  }
  if (env.workspaceFolder) {
    value = value.replace(/\$\{workspaceFolder\}/g, env.workspaceFolder);
  }
  if (!p.isAbsolute(value) && env.workspaceFolder) {
    value = p.resolve(env.workspaceFolder, value);
  }
  return value;
}

function isDll(file: string): boolean {
  return file.toLowerCase().endsWith('.dll');
}

function commandFor(file: string, origin: ServerCommand['origin']): ServerCommand {
  return isDll(file)
    ? { command: 'dotnet', args: [file], origin, file }
    : { command: file, args: [], origin, file };
}

/** Candidate file names for an executable on this platform (`factlsp`, or `factlsp.exe`, `factlsp.cmd`… on Windows). */
export function executableNames(name: string, platform: NodeJS.Platform, pathExt?: string): string[] {
  if (platform !== 'win32') return [name];
  const exts = (pathExt ?? '.EXE;.CMD;.BAT;.COM')
    .split(';')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.length > 0);
  return exts.map((e) => name + e);
}

/** Searches PATH for an executable called `name`; returns its full path or undefined. */
export function findOnPath(name: string, env: Pick<ResolveEnv, 'pathEnv' | 'pathExt' | 'platform' | 'isFile' | 'isExecutable'>, searched: string[] = []): string | undefined {
  const p = pathApi(env.platform);
  const delimiter = env.platform === 'win32' ? ';' : ':';
  const isExecutable = env.isExecutable ?? env.isFile;
  const dirs = (env.pathEnv ?? '').split(delimiter).filter((d) => d.length > 0);
  for (const rawDir of dirs) {
    const dir = rawDir.replace(/^"(.*)"$/, '$1');
    for (const candidate of executableNames(name, env.platform, env.pathExt)) {
      const full = p.join(dir, candidate);
      searched.push(full);
      if (env.isFile(full) && isExecutable(full)) return full;
    }
  }
  return undefined;
}

/** The files looked for in a repository build, in order of preference. */
export function repositoryCandidates(extensionPath: string, platform: NodeJS.Platform): string[] {
  const p = pathApi(platform);
  const exe = platform === 'win32' ? `${SERVER_NAME}.exe` : SERVER_NAME;
  const out: string[] = [];
  for (const configuration of CONFIGURATIONS) {
    const dir = p.resolve(extensionPath, '..', 'src', 'FactLsp', 'bin', configuration, TARGET_FRAMEWORK);
    out.push(p.join(dir, exe), p.join(dir, `${SERVER_NAME}.dll`));
  }
  return out;
}

/** The server a platform-specific .vsix carries (`server/factlsp`, `server/factlsp.exe` on Windows). */
export function bundledCandidate(extensionPath: string, platform: NodeJS.Platform): string {
  const p = pathApi(platform);
  return p.join(extensionPath, BUNDLED_DIR, platform === 'win32' ? `${SERVER_NAME}.exe` : SERVER_NAME);
}

/** Why each origin is used, for the output channel. */
export function reasonFor(origin: ServerCommand['origin']): string {
  switch (origin) {
    case 'setting':
      return 'the setting factlsp.server.path names it';
    case 'bundled':
      return 'the server bundled with the extension (factlsp.server.path is not set)';
    case 'path':
      return 'factlsp on PATH (factlsp.server.path is not set and this extension carries no server for this platform)';
    case 'repository':
      return 'the server built in this repository (development: no setting, no bundled server, none on PATH)';
  }
}

/** What was found, in the order it is tried; a set but unusable setting is `problem` (nothing else is tried). */
export interface Candidates {
  candidates: ServerCommand[];
  searched: string[];
  problem?: string;
}

export function serverCandidates(env: ResolveEnv): Candidates {
  const searched: string[] = [];
  const isExecutable = env.isExecutable ?? env.isFile;
  const configured = env.configuredPath?.trim();

  if (configured) {
    const file = expandConfiguredPath(configured, env);
    searched.push(file);
    if (!env.isFile(file)) {
      return {
        candidates: [],
        searched,
        problem: `The setting factlsp.server.path points to "${file}", which is not a file. Set it to the factlsp executable or to factlsp.dll, or clear it to use the bundled server or factlsp from PATH.`,
      };
    }
    if (!isDll(file) && !isExecutable(file)) {
      return { candidates: [], searched, problem: `The setting factlsp.server.path points to "${file}", which is not executable.` };
    }
    return { candidates: [commandFor(file, 'setting')], searched };
  }

  const candidates: ServerCommand[] = [];
  const bundled = bundledCandidate(env.extensionPath, env.platform);
  searched.push(bundled);
  if (env.isFile(bundled) && isExecutable(bundled)) candidates.push(commandFor(bundled, 'bundled'));

  const onPath = findOnPath(SERVER_NAME, env, searched);
  if (onPath) candidates.push(commandFor(onPath, 'path'));

  for (const candidate of repositoryCandidates(env.extensionPath, env.platform)) {
    searched.push(candidate);
    if (env.isFile(candidate) && (isDll(candidate) || isExecutable(candidate))) {
      candidates.push(commandFor(candidate, 'repository'));
      break;
    }
  }
  return { candidates, searched };
}

export const NOT_FOUND_MESSAGE =
  'FactLsp: no factlsp server was found. This extension carries none for this platform and factlsp is not on the PATH VS Code was started with. Install the .vsix for your platform, or install factlsp (dotnet tool install --global FactLsp, or a release binary) and set factlsp.server.path to it.';

/** The first server found, without running it. */
export function resolveServer(env: ResolveEnv): Resolution {
  const found = serverCandidates(env);
  if (found.problem) return { ok: false, message: found.problem, searched: found.searched };
  const first = found.candidates[0];
  return first ? { ok: true, server: first } : { ok: false, message: NOT_FOUND_MESSAGE, searched: found.searched };
}

/** What `SERVER --version` said: the version, or why the server cannot be used. */
export type ProbeResult = { ok: true; version: string } | { ok: false; reason: string };

/** Runs `command args… --version`; must resolve (never reject). */
export type Probe = (server: ServerCommand) => Promise<ProbeResult>;

/** Reads the answer to `--version`: its first line, which must start with a version number. */
export function parseVersionOutput(stdout: string): string | undefined {
  const first = stdout.split(/\r?\n/).find((l) => l.trim().length > 0)?.trim();
  return first && /^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$/.test(first) ? first : undefined;
}

export type Choice =
  | { ok: true; server: ServerCommand; version: string; log: string[] }
  | { ok: false; message: string; searched: string[]; log: string[] };

/**
 * Chooses the server: the first candidate that answers `--version`. Every step is written to
 * `log` (for the output channel): which server runs and why, what was skipped and why, and a
 * version that differs from the extension's.
 */
export async function chooseServer(env: ResolveEnv, probe: Probe, extensionVersion: string): Promise<Choice> {
  const found = serverCandidates(env);
  const log: string[] = [];
  if (found.problem) return { ok: false, message: found.problem, searched: found.searched, log };
  for (const server of found.candidates) {
    const answer = await probe(server);
    const shown = [server.command, ...server.args].join(' ');
    if (!answer.ok) {
      log.push(`Skipped ${shown} (${reasonFor(server.origin)}): ${answer.reason}`);
      if (server.origin === 'setting') {
        return { ok: false, message: `The server named by factlsp.server.path cannot be used: ${answer.reason}`, searched: found.searched, log };
      }
      continue;
    }
    log.push(`Using ${shown}, version ${answer.version}: ${reasonFor(server.origin)}.`);
    if (answer.version !== extensionVersion) {
      log.push(`Note: the server's version ${answer.version} differs from the extension's ${extensionVersion}; settings or features may not match.`);
    }
    return { ok: true, server, version: answer.version, log };
  }
  return { ok: false, message: NOT_FOUND_MESSAGE, searched: found.searched, log };
}
