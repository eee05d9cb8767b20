import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  chooseServer,
  executableNames,
  expandConfiguredPath,
  findOnPath,
  parseVersionOutput,
  repositoryCandidates,
  resolveServer,
  type Probe,
  type ResolveEnv,
} from '../src/serverResolution';

const ext = '/repo/client';
const releaseExe = '/repo/src/FactLsp/bin/Release/net10.0/factlsp';
const releaseDll = '/repo/src/FactLsp/bin/Release/net10.0/factlsp.dll';
const debugDll = '/repo/src/FactLsp/bin/Debug/net10.0/factlsp.dll';
const bundled = '/repo/client/server/factlsp';

function env(files: string[], overrides: Partial<ResolveEnv> = {}): ResolveEnv {
  const set = new Set(files);
  return {
    extensionPath: ext,
    workspaceFolder: '/ws',
    pathEnv: '/usr/local/bin:/usr/bin',
    platform: 'linux',
    homeDir: '/home/ann',
    isFile: (p) => set.has(p),
    ...overrides,
  };
}

describe('resolveServer', () => {
  it('uses factlsp.server.path when it names an executable', () => {
    const r = resolveServer(env(['/opt/factlsp/factlsp', '/usr/bin/factlsp'], { configuredPath: '/opt/factlsp/factlsp' }));
    assert.deepEqual(r, { ok: true, server: { command: '/opt/factlsp/factlsp', args: [], origin: 'setting', file: '/opt/factlsp/factlsp' } });
  });

  it('runs a configured factlsp.dll with dotnet', () => {
    const r = resolveServer(env(['/opt/f/factlsp.dll'], { configuredPath: '/opt/f/factlsp.dll' }));
    assert.ok(r.ok);
    assert.equal(r.server.command, 'dotnet');
    assert.deepEqual(r.server.args, ['/opt/f/factlsp.dll']);
  });

  it('treats .DLL case-insensitively', () => {
    const r = resolveServer(env(['/opt/f/FactLsp.DLL'], { configuredPath: '/opt/f/FactLsp.DLL' }));
    assert.ok(r.ok);
    assert.equal(r.server.command, 'dotnet');
  });

  it('resolves a relative configured path against the workspace folder and expands ~', () => {
    const rel = resolveServer(env(['/ws/tools/factlsp'], { configuredPath: './tools/factlsp' }));
    assert.ok(rel.ok);
    assert.equal(rel.server.file, '/ws/tools/factlsp');
    const home = resolveServer(env(['/home/ann/bin/factlsp'], { configuredPath: '~/bin/factlsp' }));
    assert.ok(home.ok);
    assert.equal(home.server.file, '/home/ann/bin/factlsp');
    const wsVar = resolveServer(env(['/ws/b/factlsp.dll'], { configuredPath: '${workspaceFolder}/b/factlsp.dll' }));
    assert.ok(wsVar.ok);
    assert.deepEqual(wsVar.server.args, ['/ws/b/factlsp.dll']);
  });

  it('reports a configured path that does not exist instead of falling back', () => {
    const r = resolveServer(env(['/usr/bin/factlsp'], { configuredPath: '/nope/factlsp' }));
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.message.includes('factlsp.server.path') && r.message.includes('/nope/factlsp'));
  });

  it('reports a configured file that is not executable', () => {
    const r = resolveServer(env(['/opt/factlsp'], { configuredPath: '/opt/factlsp', isExecutable: () => false }));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /not executable/);
  });

  it('ignores a blank setting', () => {
    const r = resolveServer(env(['/usr/bin/factlsp'], { configuredPath: '   ' }));
    assert.ok(r.ok);
    assert.equal(r.server.origin, 'path');
  });

  it('finds factlsp on PATH, first directory first', () => {
    const r = resolveServer(env(['/usr/bin/factlsp', '/usr/local/bin/factlsp', releaseExe]));
    assert.ok(r.ok);
    assert.deepEqual(r.server, { command: '/usr/local/bin/factlsp', args: [], origin: 'path', file: '/usr/local/bin/factlsp' });
  });

  it('skips a PATH entry that is not executable', () => {
    const r = resolveServer(env(['/usr/local/bin/factlsp', '/usr/bin/factlsp'], { isExecutable: (p) => p === '/usr/bin/factlsp' }));
    assert.ok(r.ok);
    assert.equal(r.server.file, '/usr/bin/factlsp');
  });

  it('falls back to the Release build of the repository, apphost before dll', () => {
    const r = resolveServer(env([releaseExe, releaseDll, debugDll]));
    assert.ok(r.ok);
    assert.deepEqual(r.server, { command: releaseExe, args: [], origin: 'repository', file: releaseExe });
    const dll = resolveServer(env([releaseDll, debugDll]));
    assert.ok(dll.ok);
    assert.deepEqual(dll.server, { command: 'dotnet', args: [releaseDll], origin: 'repository', file: releaseDll });
  });

  it('falls back to the Debug build when there is no Release build', () => {
    const r = resolveServer(env([debugDll]));
    assert.ok(r.ok);
    assert.equal(r.server.file, debugDll);
  });

  it('fails with a clear message listing what it searched', () => {
    const r = resolveServer(env([]));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.match(r.message, /no factlsp server was found/);
    assert.match(r.message, /dotnet tool install --global FactLsp/);
    assert.match(r.message, /factlsp\.server\.path/);
    assert.ok(r.searched.includes('/usr/bin/factlsp'));
    assert.ok(r.searched.includes(bundled));
    assert.ok(r.searched.includes(releaseExe));
    assert.ok(r.searched.includes(debugDll));
  });

  it('handles an empty PATH', () => {
    const r = resolveServer(env([releaseDll], { pathEnv: '' }));
    assert.ok(r.ok);
    assert.equal(r.server.origin, 'repository');
  });
});

describe('the bundled server', () => {
  it('comes before PATH and the repository build', () => {
    const r = resolveServer(env([bundled, '/usr/bin/factlsp', releaseExe]));
    assert.ok(r.ok);
    assert.deepEqual(r.server, { command: bundled, args: [], origin: 'bundled', file: bundled });
  });

  it('comes after the setting', () => {
    const r = resolveServer(env([bundled, '/opt/factlsp'], { configuredPath: '/opt/factlsp' }));
    assert.ok(r.ok);
    assert.equal(r.server.origin, 'setting');
  });

  it('is skipped when it is not executable', () => {
    const r = resolveServer(env([bundled, '/usr/bin/factlsp'], { isExecutable: (p) => p !== bundled }));
    assert.ok(r.ok);
    assert.equal(r.server.origin, 'path');
  });

  it('is server\\factlsp.exe on Windows', () => {
    const r = resolveServer(env(['C:\\ext\\server\\factlsp.exe'], { platform: 'win32', extensionPath: 'C:\\ext', pathEnv: '' }));
    assert.ok(r.ok);
    assert.equal(r.server.origin, 'bundled');
  });
});

describe('chooseServer (each candidate checked with --version)', () => {
  const answers = (byFile: Record<string, string | Error>): { probe: Probe; asked: string[] } => {
    const asked: string[] = [];
    const probe: Probe = async (server) => {
      asked.push(server.file);
      const a = byFile[server.file];
      if (a === undefined || a instanceof Error) return { ok: false, reason: a?.message ?? 'no answer' };
      const version = parseVersionOutput(a);
      return version ? { ok: true, version } : { ok: false, reason: `answered --version with "${a.trim()}"` };
    };
    return { probe, asked };
  };

  it('uses the bundled server and says why', async () => {
    const { probe, asked } = answers({ [bundled]: '0.1.0\n', '/usr/bin/factlsp': '0.1.0\n' });
    const c = await chooseServer(env([bundled, '/usr/bin/factlsp']), probe, '0.1.0');
    assert.ok(c.ok);
    assert.equal(c.server.origin, 'bundled');
    assert.equal(c.version, '0.1.0');
    assert.deepEqual(asked, [bundled]);
    assert.deepEqual(c.log, [`Using ${bundled}, version 0.1.0: the server bundled with the extension (factlsp.server.path is not set).`]);
  });

  it('skips a bundled server that does not run, with the reason, and takes the one on PATH', async () => {
    const { probe } = answers({ [bundled]: new Error('spawn EACCES'), '/usr/bin/factlsp': '0.1.0\n' });
    const c = await chooseServer(env([bundled, '/usr/bin/factlsp']), probe, '0.1.0');
    assert.ok(c.ok);
    assert.equal(c.server.origin, 'path');
    assert.match(c.log[0], /^Skipped .*server\/factlsp .*: spawn EACCES$/);
    assert.match(c.log[1], /factlsp on PATH/);
  });

  it('notes a version that differs from the extension', async () => {
    const { probe } = answers({ '/usr/bin/factlsp': '0.0.9\n' });
    const c = await chooseServer(env(['/usr/bin/factlsp']), probe, '0.1.0');
    assert.ok(c.ok);
    assert.match(c.log.at(-1)!, /0\.0\.9 differs from the extension's 0\.1\.0/);
  });

  it('does not look further when the set server fails --version', async () => {
    const { probe, asked } = answers({ '/opt/factlsp': 'usage: something else\n', [bundled]: '0.1.0\n' });
    const c = await chooseServer(env(['/opt/factlsp', bundled], { configuredPath: '/opt/factlsp' }), probe, '0.1.0');
    assert.equal(c.ok, false);
    assert.match(!c.ok ? c.message : '', /factlsp\.server\.path cannot be used: answered --version with "usage: something else"/);
    assert.deepEqual(asked, ['/opt/factlsp']);
  });

  it('reports not found when every candidate fails', async () => {
    const { probe } = answers({});
    const c = await chooseServer(env(['/usr/bin/factlsp']), probe, '0.1.0');
    assert.equal(c.ok, false);
    assert.match(!c.ok ? c.message : '', /no factlsp server was found/);
    assert.equal(c.log.length, 1);
  });

  it('reads only a version number from --version', () => {
    assert.equal(parseVersionOutput('0.1.0\n'), '0.1.0');
    assert.equal(parseVersionOutput('\n1.2.3-beta.1\r\n'), '1.2.3-beta.1');
    assert.equal(parseVersionOutput('1.0.0+bb42eaab\n'), '1.0.0+bb42eaab');
    assert.equal(parseVersionOutput('Required command was not provided.\n'), undefined);
    assert.equal(parseVersionOutput(''), undefined);
  });
});

describe('Windows', () => {
  it('uses PATHEXT and ; on Windows', () => {
    assert.deepEqual(executableNames('factlsp', 'win32', '.EXE;.CMD'), ['factlsp.exe', 'factlsp.cmd']);
    assert.deepEqual(executableNames('factlsp', 'linux'), ['factlsp']);
    const found = findOnPath('factlsp', {
      pathEnv: 'C:\\Windows;"C:\\Tools"',
      pathExt: '.EXE',
      platform: 'win32',
      isFile: (p) => p === path.win32.join('C:\\Tools', 'factlsp.exe'),
    });
    assert.equal(found, 'C:\\Tools\\factlsp.exe');
  });

  it('looks for factlsp.exe in the repository build', () => {
    const c = repositoryCandidates('C:\\repo\\client', 'win32');
    assert.equal(c[0], 'C:\\repo\\src\\FactLsp\\bin\\Release\\net10.0\\factlsp.exe');
    assert.equal(c[3], 'C:\\repo\\src\\FactLsp\\bin\\Debug\\net10.0\\factlsp.dll');
  });

  it('keeps an absolute Windows setting as it is', () => {
    assert.equal(expandConfiguredPath('D:\\f\\factlsp.dll', { platform: 'win32', workspaceFolder: 'C:\\ws' }), 'D:\\f\\factlsp.dll');
    assert.equal(expandConfiguredPath('f\\factlsp.exe', { platform: 'win32', workspaceFolder: 'C:\\ws' }), 'C:\\ws\\f\\factlsp.exe');
  });
});
