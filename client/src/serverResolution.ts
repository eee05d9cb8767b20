/**
 * Finds the `factlsp` server to run. Pure: every effect (file checks, environment) is injected,
 * so this module is unit-tested without VS Code.
 *
 * Order: the `factlsp.server.path` setting; else `factlsp` on PATH; else the server built from this
 * repository (`../src/FactLsp/bin/{Release,Debug}/net10.0/` relative to the extension folder).
 */
import * as path from 'node:path';

export interface ServerCommand {
  /** Executable to spawn (`factlsp`, an absolute path, or `dotnet` for a `.dll`). */
  command: string;
  /** Arguments before the sub-command, e.g. the `.dll` path when `command` is `dotnet`. */
  args: string[];
  /** Where it came from, for messages and logs. */
  origin: 'setting' | 'path' | 'repository';
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

export function resolveServer(env: ResolveEnv): Resolution {
  const searched: string[] = [];
  const isExecutable = env.isExecutable ?? env.isFile;
  const configured = env.configuredPath?.trim();

  if (configured) {
    const file = expandConfiguredPath(configured, env);
    searched.push(file);
    if (!env.isFile(file)) {
      return {
        ok: false,
        message: `The setting factlsp.server.path points to "${file}", which is not a file. Set it to the factlsp executable or to factlsp.dll, or clear it to use factlsp from PATH.`,
        searched,
      };
    }
    if (!isDll(file) && !isExecutable(file)) {
      return {
        ok: false,
        message: `The setting factlsp.server.path points to "${file}", which is not executable.`,
        searched,
      };
    }
    return { ok: true, server: commandFor(file, 'setting') };
  }

  const onPath = findOnPath(SERVER_NAME, env, searched);
  if (onPath) return { ok: true, server: commandFor(onPath, 'path') };

  for (const candidate of repositoryCandidates(env.extensionPath, env.platform)) {
    searched.push(candidate);
    if (env.isFile(candidate) && (isDll(candidate) || isExecutable(candidate))) {
      return { ok: true, server: commandFor(candidate, 'repository') };
    }
  }

  return {
    ok: false,
    message:
      'FactLsp: the factlsp server was not found. Install it on PATH (dotnet tool or a published build), build it from the repository (dotnet build -c Release), or set factlsp.server.path.',
    searched,
  };
}
