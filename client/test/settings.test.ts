import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { summarizeCheck } from '../src/checkSummary';
import { checkProcess, displayCommand, serveProcess, shouldStartClient, toServerSettings } from '../src/settings';

const clientDir = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(clientDir, 'package.json'), 'utf8'));

describe('toServerSettings', () => {
  it('gives the defaults for an empty or missing section', () => {
    const defaults = { rules: {}, matching: {}, inlayHints: { enabled: true } };
    assert.deepEqual(toServerSettings(undefined), defaults);
    assert.deepEqual(toServerSettings(null), defaults);
    assert.deepEqual(toServerSettings({}), defaults);
    assert.deepEqual(toServerSettings('nonsense'), defaults);
  });

  it('maps the VS Code section to what the server reads, without client-only keys', () => {
    const raw = {
      server: { path: '/x/factlsp' },
      enableEverywhere: true,
      trace: { server: 'verbose' },
      rules: { misquote: 'error', 'unattributed-quote': 'off' },
      matching: { misquoteSimilarity: 0.9 },
      inlayHints: { enabled: false },
    };
    assert.deepEqual(toServerSettings(raw), {
      rules: { misquote: 'error', 'unattributed-quote': 'off' },
      matching: { misquoteSimilarity: 0.9 },
      inlayHints: { enabled: false },
    });
  });

  it('drops unknown rules and bad severities, normalises case', () => {
    const s = toServerSettings({ rules: { misquote: 'WARNING', nope: 'error', 'quote-not-found': 'fatal', 'duplicate-id': 3 } });
    assert.deepEqual(s.rules, { misquote: 'warning' });
  });

  it('clamps the similarity to 0..1', () => {
    assert.equal(toServerSettings({ matching: { misquoteSimilarity: 1.5 } }).matching.misquoteSimilarity, 1);
    assert.equal(toServerSettings({ matching: { misquoteSimilarity: -2 } }).matching.misquoteSimilarity, 0);
    assert.equal(toServerSettings({ matching: { misquoteSimilarity: 0.7 } }).matching.misquoteSimilarity, 0.7);
  });

  it('leaves the similarity out when unset or not a number, so factlsp.yaml decides', () => {
    for (const value of [null, undefined, '0.5', Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.deepEqual(toServerSettings({ matching: { misquoteSimilarity: value } }).matching, {}, String(value));
    }
  });
});

describe('process options', () => {
  const exe = { command: '/usr/bin/factlsp', args: [], origin: 'path' as const, file: '/usr/bin/factlsp' };
  const dll = { command: 'dotnet', args: ['/r/factlsp.dll'], origin: 'repository' as const, file: '/r/factlsp.dll' };

  it('serves over stdio with `serve`', () => {
    assert.deepEqual(serveProcess(exe, '/ws'), { command: '/usr/bin/factlsp', args: ['serve'], cwd: '/ws' });
    assert.deepEqual(serveProcess(dll), { command: 'dotnet', args: ['/r/factlsp.dll', 'serve'], cwd: undefined });
  });

  it('checks a folder with `check FOLDER`, in that folder', () => {
    assert.deepEqual(checkProcess(dll, '/my ws'), { command: 'dotnet', args: ['/r/factlsp.dll', 'check', '/my ws'], cwd: '/my ws' });
    assert.equal(displayCommand(checkProcess(dll, '/my ws')), 'dotnet /r/factlsp.dll check "/my ws"');
  });

  it('starts only with a marker file or enableEverywhere', () => {
    assert.equal(shouldStartClient({ enableEverywhere: false, markerFound: false }), false);
    assert.equal(shouldStartClient({ enableEverywhere: false, markerFound: true }), true);
    assert.equal(shouldStartClient({ enableEverywhere: true, markerFound: false }), true);
  });
});

describe('summarizeCheck', () => {
  it('takes the last line of the output', () => {
    assert.deepEqual(summarizeCheck('a.md:1:1 error x\n\n2 problems in 1 article\n', '', 1), {
      level: 'warning',
      message: 'FactLsp check: 2 problems in 1 article',
    });
    assert.deepEqual(summarizeCheck('\u001b[32mAll 3 quotes verified\u001b[0m\n', '', 0), { level: 'info', message: 'FactLsp check: All 3 quotes verified' });
  });

  it('reports a failed run', () => {
    assert.equal(summarizeCheck('', 'boom\n', 2).message, 'FactLsp check exited with code 2: boom');
    assert.equal(summarizeCheck('', '', null).level, 'error');
    assert.match(summarizeCheck('', '', null, 'spawn factlsp ENOENT').message, /could not run: spawn factlsp ENOENT/);
  });
});

describe('package.json contract', () => {
  const props = pkg.contributes.configuration.properties;

  it('declares the settings with their defaults', () => {
    assert.equal(props['factlsp.server.path'].type, 'string');
    assert.equal(props['factlsp.enableEverywhere'].default, false);
    assert.equal(props['factlsp.matching.misquoteSimilarity'].default, null);
    assert.deepEqual(props['factlsp.matching.misquoteSimilarity'].type, ['number', 'null']);
    assert.equal(props['factlsp.matching.misquoteSimilarity'].minimum, 0);
    assert.equal(props['factlsp.matching.misquoteSimilarity'].maximum, 1);
    assert.equal(props['factlsp.inlayHints.enabled'].default, true);
    assert.deepEqual(props['factlsp.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('declares the commands, activation events and grammar', () => {
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(commands, ['factlsp.addSourceFromUrlOrFile', 'factlsp.checkWorkspace', 'factlsp.restartServer', 'factlsp.showQuotesOfPerson']);
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'workspaceContains:factlsp.yaml', 'workspaceContains:people.yaml']);
    assert.deepEqual(pkg.contributes.grammars, [
      { scopeName: 'text.factlsp.injection', path: './syntaxes/factlsp.injection.tmLanguage.json', injectTo: ['text.html.markdown'] },
    ]);
    assert.equal(pkg.main, './dist/extension.js');
  });

  it('keeps the pure modules free of the vscode import', () => {
    for (const file of ['serverResolution', 'settings', 'statusText', 'rules', 'people', 'checkSummary', 'addSourceInput']) {
      const text = readFileSync(join(clientDir, 'src', `${file}.ts`), 'utf8');
      assert.doesNotMatch(text, /from\s+['"]vscode['"]|require\(['"]vscode['"]\)/, file);
    }
  });
});
