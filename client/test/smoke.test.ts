// Smoke test of the bundled extension: esbuild bundles src/extension.ts, it runs against a small
// stand-in for the `vscode` module, and starts test/fixtures/fake-server.cjs as the server
// (through factlsp.server.path). Checks `serve`, the configuration answer and the status bar.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import { createVscodeStub, type VscodeStub } from './vscodeStub';

const clientDir = join(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'factlsp-smoke-'));
const workspace = join(work, 'ws');
const serverLog = join(work, 'server.log');
const pkg = JSON.parse(readFileSync(join(clientDir, 'package.json'), 'utf8')) as { version: string };

function serverRecords(): Record<string, unknown>[] {
  if (!existsSync(serverLog)) return [];
  return readFileSync(serverLog, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('bundled extension against a stand-in server', () => {
  let stub: VscodeStub;
  let ext: { activate(ctx: unknown): Promise<void>; deactivate(): Promise<void> };
  const context = { subscriptions: [] as { dispose(): unknown }[], extensionPath: clientDir };

  before(() => {
    const bundle = join(work, 'extension.js');
    buildSync({ entryPoints: [join(clientDir, 'src', 'extension.ts')], bundle: true, outfile: bundle, external: ['vscode'], format: 'cjs', platform: 'node', logLevel: 'silent' });
    mkdirSync(workspace, { recursive: true });
    const wrapper = join(work, 'factlsp');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nFAKE_SERVER_LOG=${JSON.stringify(serverLog)} NODE_PATH=${JSON.stringify(join(clientDir, 'node_modules'))} exec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(clientDir, 'test', 'fixtures', 'fake-server.cjs'))} "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    stub = createVscodeStub({
      workspaceFolder: workspace,
      files: [join(workspace, 'people.yaml')],
      settings: {
        'factlsp.server.path': wrapper,
        'factlsp.rules': { misquote: 'error', bogus: 'error', 'unattributed-quote': 'loud' },
        'factlsp.matching.misquoteSimilarity': 1.7,
        'factlsp.inlayHints.enabled': false,
      },
    });
    const load = (Module as unknown as { _load: (...a: unknown[]) => unknown })._load;
    (Module as unknown as { _load: (...a: unknown[]) => unknown })._load = function (request: unknown, ...rest: unknown[]) {
      if (request === 'vscode') return stub.vscode;
      return load.call(this, request, ...rest);
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ext = require(bundle);
  });

  after(async () => {
    await ext?.deactivate();
    for (const d of context.subscriptions) d.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('starts `factlsp serve` when the workspace has people.yaml', async () => {
    if (process.platform === 'win32') return;
    await ext.activate(context);
    const [version, serve] = await waitFor('the server to start', () => (serverRecords().length >= 2 ? serverRecords() : undefined));
    assert.deepEqual(version!.argv, ['--version']); // checked before it is used
    assert.deepEqual(serve!.argv, ['serve']);
    assert.equal(serve!.cwd, workspace);
    assert.ok(
      stub.output.includes(`Using ${join(work, 'factlsp')}, version ${pkg.version}: the setting factlsp.server.path names it.`),
      stub.output.join('\n'),
    );
  });

  it("shows each server log line once, and the server's other stderr", async () => {
    if (process.platform === 'win32') return;
    await waitFor('the log line', () => (stub.output.some((l) => l.includes('fake server ready')) ? true : undefined));
    await waitFor('the stderr line', () => (stub.output.includes('not a log line') ? true : undefined));
    assert.equal(stub.output.filter((l) => l.includes('fake server ready')).length, 1, stub.output.join('\n'));
  });

  it('answers workspace/configuration with the sanitised settings', async () => {
    if (process.platform === 'win32') return;
    const rec = await waitFor('workspace/configuration', () => serverRecords().find((r) => 'configuration' in r));
    assert.deepEqual(rec.configuration, [{ rules: { misquote: 'error' }, matching: { misquoteSimilarity: 1 }, inlayHints: { enabled: false } }]);
  });

  it('shows the article stats in the status bar', async () => {
    if (process.platform === 'win32') return;
    const uri = stub.vscode.Uri.file(join(workspace, 'article.md'));
    stub.setActiveEditor({ document: { uri, languageId: 'markdown' } });
    const text = await waitFor('the status bar', () => (stub.statusItem.visible ? stub.statusItem.text : undefined));
    assert.equal(text, '$(error) 4 quotes, 2 verified, 1 misquote, 1 not found');
    const rec = serverRecords().find((r) => 'documentStats' in r);
    assert.deepEqual(rec?.documentStats, { textDocument: { uri: uri.toString() } });
    stub.setActiveEditor(undefined);
    await waitFor('the status bar to hide', () => (stub.statusItem.visible ? undefined : true));
  });

  it('runs `factlsp check FOLDER` and shows its last line', async () => {
    if (process.platform === 'win32') return;
    await stub.commands.get('factlsp.checkWorkspace')!();
    assert.ok(stub.messages.includes('FactLsp check: 2 problems in 1 article'), stub.messages.join(' | '));
    assert.ok(stub.output.some((l) => l.includes(`check ${workspace}`)));
  });

  it('shows the quotes of a person picked from the workspace symbols', async () => {
    if (process.platform === 'win32') return;
    await stub.commands.get('factlsp.showQuotesOfPerson')!();
    assert.deepEqual(stub.quickPicks.at(-1), ['redur-khalil']);
    const refs = stub.executed.find((c) => c.command === 'vscode.executeReferenceProvider');
    assert.ok(refs, 'asked for references');
    assert.equal(String(refs.args[0]), `${stub.vscode.Uri.file(workspace).toString()}/people.yaml`);
    assert.deepEqual({ ...(refs.args[1] as object) }, { line: 1, character: 0 });
    const show = stub.executed.find((c) => c.command === 'editor.action.showReferences');
    assert.ok(show, 'showed the references');
    assert.equal((show.args[2] as unknown[]).length, 1);
  });

  it('restarts quietly: no error for the clean exit of the server it stopped', async () => {
    if (process.platform === 'win32') return;
    const before = stub.output.length;
    const serves = () => serverRecords().filter((r) => Array.isArray(r.argv) && (r.argv as string[])[0] === 'serve').length;
    const started = serves();
    await stub.commands.get('factlsp.restartServer')!();
    await waitFor('the second server', () => (serves() > started ? true : undefined));
    await waitFor('the log line of the second server', () => (stub.output.slice(before).some((l) => l.includes('fake server ready')) ? true : undefined));
    const after = stub.output.slice(before).join('\n');
    assert.doesNotMatch(after, /exited|Error/i, after);
  });
});
