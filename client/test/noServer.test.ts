// The bundled extension where no server can be found: one message, whose button opens the setting
// where it takes effect (the Remote settings in a remote window, where the machine-scoped
// factlsp.server.path is not read from the User settings).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import { createVscodeStub, type VscodeStub } from './vscodeStub';

const clientDir = join(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'factlsp-noserver-'));
let current: VscodeStub | undefined;
const load = (Module as unknown as { _load: (...a: unknown[]) => unknown })._load;
(Module as unknown as { _load: (...a: unknown[]) => unknown })._load = function (request: unknown, ...rest: unknown[]) {
  if (request === 'vscode') return current!.vscode;
  return load.call(this, request, ...rest);
};

/** Activates a fresh copy of the extension (its own module state) in a workspace with people.yaml and no server anywhere. */
async function activateWithoutServer(name: string, remoteName: string | undefined): Promise<VscodeStub> {
  const dir = join(work, name);
  const workspace = join(dir, 'ws');
  const extensionPath = join(dir, 'extension'); // no server/ inside, no repository build beside it
  mkdirSync(workspace, { recursive: true });
  mkdirSync(extensionPath, { recursive: true });
  writeFileSync(join(workspace, 'people.yaml'), '{}\n');
  const bundle = join(dir, 'extension.js');
  buildSync({ entryPoints: [join(clientDir, 'src', 'extension.ts')], bundle: true, outfile: bundle, external: ['vscode'], format: 'cjs', platform: 'node', logLevel: 'silent' });
  current = createVscodeStub({ workspaceFolder: workspace, files: [join(workspace, 'people.yaml')], settings: {}, remoteName, choose: (_m, items) => items[0] });
  const savedPath = process.env.PATH;
  process.env.PATH = join(dir, 'empty-bin');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ext = require(bundle) as { activate(ctx: unknown): Promise<void> };
    await ext.activate({ subscriptions: [], extensionPath });
  } finally {
    process.env.PATH = savedPath;
  }
  return current;
}

describe('no server found', () => {
  after(() => rmSync(work, { recursive: true, force: true }));

  it('says so once, names what it searched, and opens the User setting in a local window', async () => {
    const stub = await activateWithoutServer('local', undefined);
    assert.equal(stub.messages.length, 1);
    assert.match(stub.messages[0]!, /no factlsp server was found/);
    assert.match(stub.messages[0]!, /dotnet tool install --global FactLsp/);
    assert.ok(stub.output.some((l) => l.includes(join('extension', 'server', 'factlsp'))), stub.output.join('\n'));
    assert.deepEqual(stub.executed.map((c) => [c.command, ...c.args]), [['workbench.action.openSettings', 'factlsp.server.path']]);
  });

  it('opens the Remote settings in a remote window', async () => {
    const stub = await activateWithoutServer('remote', 'ssh-remote');
    assert.equal(stub.messages.length, 1);
    assert.deepEqual(stub.executed.map((c) => [c.command, ...c.args]), [['workbench.action.openRemoteSettings', { query: 'factlsp.server.path' }]]);
  });
});
