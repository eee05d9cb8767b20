import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  WorkspaceSymbolRequest,
  type LanguageClientOptions,
  type ServerOptions,
  type StreamInfo,
} from 'vscode-languageclient/node';
import { addSourceFromUrlOrFile } from './addSource';
import pkg from '../package.json';
import { summarizeCheck } from './checkSummary';
import { selectPeople, type LspSymbolLike } from './people';
import { exitMessage, StderrLines } from './serverLog';
import { bundledCandidate, chooseServer, parseVersionOutput, type Choice, type ProbeResult, type ServerCommand } from './serverResolution';
import {
  CONFIGURATION_SECTION,
  MARKER_FILES,
  checkProcess,
  displayCommand,
  serveProcess,
  shouldStartClient,
  toServerSettings,
} from './settings';
import { debounce, formatStatus, type DocumentStats } from './statusText';

const DOCUMENT_STATS_METHOD = 'factlsp/documentStats';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let extensionContext: vscode.ExtensionContext;
/** The running server process (the extension spawns it: see startClient). */
let serverProcess: ChildProcess | undefined;
/** Processes being stopped on purpose, whose exit is not news. */
const stopping = new Set<ChildProcess>();

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
}

function firstWorkspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isExecutable(p: string): boolean {
  if (process.platform === 'win32') return isFile(p);
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs `SERVER --version` (at most 20 s: a first run of a single-file binary unpacks nothing, but a cold disk is slow). */
function probe(server: ServerCommand): Promise<ProbeResult> {
  return new Promise((resolvePromise) => {
    execFile(server.command, [...server.args, '--version'], { timeout: 20000, windowsHide: true }, (err, stdout, stderr) => {
      if (err) {
        const detail = String(stderr).trim().split('\n')[0] || err.message;
        resolvePromise({ ok: false, reason: `--version failed: ${detail}` });
        return;
      }
      const version = parseVersionOutput(String(stdout));
      resolvePromise(version ? { ok: true, version } : { ok: false, reason: `--version answered "${String(stdout).trim().slice(0, 80)}", not a version` });
    });
  });
}

/**
 * A .vsix is a zip: should the bundled server lose its executable bit on the way (an unzip that
 * drops Unix modes), give it back rather than skip the server the package was built to carry.
 */
function ensureBundledExecutable(): void {
  const bundled = bundledCandidate(extensionContext.extensionPath, process.platform);
  if (process.platform === 'win32' || !isFile(bundled) || isExecutable(bundled)) return;
  try {
    fs.chmodSync(bundled, 0o755);
    output.appendLine(`Made the bundled server executable: ${bundled}`);
  } catch (err) {
    output.appendLine(`The bundled server ${bundled} is not executable and could not be made so: ${String(err)}`);
  }
}

async function resolve(): Promise<Choice> {
  ensureBundledExecutable();
  const choice = await chooseServer(
    {
      configuredPath: config().get<string>('server.path'),
      extensionPath: extensionContext.extensionPath,
      workspaceFolder: firstWorkspaceFolder(),
      pathEnv: process.env.PATH ?? process.env.Path,
      pathExt: process.env.PATHEXT,
      platform: process.platform,
      homeDir: os.homedir(),
      isFile,
      isExecutable,
    },
    probe,
    pkg.version,
  );
  for (const line of choice.log) output.appendLine(line);
  return choice;
}

/**
 * Opens the setting where it takes effect: factlsp.server.path is machine-scoped, so in a remote
 * window (SSH, WSL, a container, code-server) it is read from the Remote settings, not the User
 * settings that `workbench.action.openSettings` shows first.
 */
async function openServerPathSetting(): Promise<void> {
  const query = 'factlsp.server.path';
  if (vscode.env.remoteName) {
    try {
      // This command takes an options object (a plain string would be dropped, unlike openSettings).
      await vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query });
      return;
    } catch {
      // an older VS Code: fall back to the settings editor
    }
  }
  await vscode.commands.executeCommand('workbench.action.openSettings', query);
}

async function reportNotFound(message: string, searched: string[]): Promise<void> {
  output.appendLine(message);
  if (searched.length > 0) output.appendLine(`Looked for:\n  ${searched.join('\n  ')}`);
  const where = vscode.env.remoteName ? ' (in this remote window: the Remote settings)' : '';
  const choice = await vscode.window.showErrorMessage(message, `Set factlsp.server.path${where}`, 'Show Log');
  if (choice === 'Show Log') {
    output.show(true);
  } else if (choice) {
    await openServerPathSetting();
  }
}

async function markerFound(): Promise<boolean> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const name of MARKER_FILES) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, name));
        return true;
      } catch {
        // not there
      }
    }
  }
  return false;
}

async function maybeStart(): Promise<void> {
  if (client || starting) return;
  const enableEverywhere = config().get<boolean>('enableEverywhere', false);
  if (!shouldStartClient({ enableEverywhere, markerFound: await markerFound() })) {
    output.appendLine('No factlsp.yaml or people.yaml in the workspace and factlsp.enableEverywhere is off: the server is not started.');
    return;
  }
  await startClient();
}

async function startClient(): Promise<void> {
  if (starting) return starting;
  starting = (async () => {
    const resolution = await resolve();
    if (!resolution.ok) {
      await reportNotFound(resolution.message, resolution.searched);
      return;
    }
    const spec = serveProcess(resolution.server, firstWorkspaceFolder());
    output.appendLine(`Starting ${displayCommand(spec)}`);
    // The extension starts the process itself, so that the server's stderr reaches the output
    // channel without the lines it also sends as window/logMessage, and so that a stop asked for
    // (a restart, a window closing) is not reported as an error.
    const serverOptions: ServerOptions = async (): Promise<StreamInfo> => {
      const child = spawn(spec.command, spec.args, { cwd: spec.cwd, windowsHide: true });
      serverProcess = child;
      const lines = new StderrLines((line) => output.appendLine(line));
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => lines.push(chunk));
      child.on('error', (err) => output.appendLine(`The server could not be started: ${err.message}`));
      child.on('exit', (code, signal) => {
        lines.flush();
        const said = exitMessage(code, signal, stopping.has(child));
        if (said) output.appendLine(said);
        stopping.delete(child);
        if (serverProcess === child) serverProcess = undefined;
      });
      return { reader: child.stdout, writer: child.stdin };
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
        { scheme: 'file', pattern: '**/{factlsp,people}.yaml' },
      ],
      synchronize: {
        configurationSection: CONFIGURATION_SECTION,
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/{factlsp,people}.yaml'),
          vscode.workspace.createFileSystemWatcher('**/*.{md,txt}'),
        ],
      },
      outputChannel: output,
      middleware: {
        workspace: {
          configuration: async (params, token, next) => {
            const result = await next(params, token);
            if (!Array.isArray(result)) return result;
            return result.map((value: unknown, i: number) =>
              params.items[i]?.section === CONFIGURATION_SECTION ? toServerSettings(value) : value,
            );
          },
        },
      },
    };
    const newClient = new LanguageClient('factlsp', 'FactLsp', serverOptions, clientOptions);
    newClient.onDidChangeState((e) => {
      if (e.newState !== State.Running) statusItem.hide();
      else refreshStatus();
    });
    try {
      await newClient.start();
      client = newClient;
      refreshStatus();
    } catch (err) {
      output.appendLine(`The server failed to start: ${String(err)}`);
      if (serverProcess) stopping.add(serverProcess);
      serverProcess?.kill();
      void vscode.window.showErrorMessage(`FactLsp: the server failed to start (${displayCommand(spec)}).`, 'Show Log').then((c) => {
        if (c) output.show(true);
      });
      try {
        await newClient.dispose();
      } catch {
        // already gone
      }
    }
  })().finally(() => {
    starting = undefined;
  });
  return starting;
}

async function stopClient(): Promise<void> {
  if (starting) await starting;
  const c = client;
  client = undefined;
  statusItem.hide();
  const child = serverProcess;
  if (child) stopping.add(child);
  if (c) {
    try {
      await c.stop();
    } catch (err) {
      output.appendLine(`Stopping the server: ${String(err)}`);
    }
  }
  // The server exits on `exit`; one that does not within 2 s is ended.
  if (child && child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((resolvePromise) => {
      const timer = setTimeout(() => {
        child.kill();
        resolvePromise();
      }, 2000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolvePromise();
      });
    });
  }
}

async function restartServer(): Promise<void> {
  await stopClient();
  await startClient();
}

let statusRequest = 0;

async function updateStatus(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const ticket = ++statusRequest;
  if (!client || client.state !== State.Running || !editor || editor.document.languageId !== 'markdown') {
    statusItem.hide();
    return;
  }
  try {
    const stats = await client.sendRequest<DocumentStats | null>(DOCUMENT_STATS_METHOD, {
      textDocument: { uri: editor.document.uri.toString() },
    });
    if (ticket !== statusRequest) return;
    const view = formatStatus(stats);
    if (!view) {
      statusItem.hide();
      return;
    }
    statusItem.text = view.text;
    statusItem.tooltip = view.tooltip;
    statusItem.backgroundColor =
      view.level === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : view.level === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    statusItem.show();
  } catch {
    if (ticket === statusRequest) statusItem.hide();
  }
}

const refreshStatus = debounce(() => void updateStatus(), 250);

async function checkWorkspace(): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('FactLsp: open a folder to check it.');
    return;
  }
  const folder =
    folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder to check' });
  if (!folder) return;
  const resolution = await resolve();
  if (!resolution.ok) {
    await reportNotFound(resolution.message, resolution.searched);
    return;
  }
  const spec = checkProcess(resolution.server, folder.uri.fsPath);
  output.show(true);
  output.appendLine(`> ${displayCommand(spec)}`);
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `FactLsp: checking ${folder.name}…`, cancellable: true },
    (_progress, token) =>
      new Promise<ReturnType<typeof summarizeCheck>>((resolvePromise) => {
        let stdout = '';
        let stderr = '';
        const child = spawn(spec.command, spec.args, { cwd: spec.cwd, shell: false });
        token.onCancellationRequested(() => child.kill());
        child.stdout.on('data', (d: Buffer) => {
          const s = d.toString();
          stdout += s;
          output.append(s);
        });
        child.stderr.on('data', (d: Buffer) => {
          const s = d.toString();
          stderr += s;
          output.append(s);
        });
        child.on('error', (err) => resolvePromise(summarizeCheck(stdout, stderr, null, err.message)));
        child.on('close', (code) => {
          output.appendLine(`[exit code ${code ?? 'none'}]`);
          resolvePromise(summarizeCheck(stdout, stderr, code));
        });
      }),
  );
  const show =
    summary.level === 'error'
      ? vscode.window.showErrorMessage
      : summary.level === 'warning'
        ? vscode.window.showWarningMessage
        : vscode.window.showInformationMessage;
  const choice = await show(summary.message, 'Show Output');
  if (choice) output.show();
}

async function showQuotesOfPerson(): Promise<void> {
  if (!client || client.state !== State.Running) {
    await maybeStart();
  }
  const c = client;
  if (!c) {
    void vscode.window.showWarningMessage('FactLsp: the language server is not running.');
    return;
  }
  const symbols = (await c.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as LspSymbolLike[] | null;
  const people = selectPeople(symbols);
  if (people.length === 0) {
    void vscode.window.showInformationMessage('FactLsp: the server reported no people.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    people.map((p) => ({
      label: p.name,
      description: p.detail,
      detail: vscode.workspace.asRelativePath(vscode.Uri.parse(p.location.uri)),
      person: p,
    })),
    { placeHolder: 'Show the quotes of…', matchOnDescription: true },
  );
  if (!picked) return;
  const uri = vscode.Uri.parse(picked.person.location.uri);
  const start = picked.person.location.range?.start ?? { line: 0, character: 0 };
  const position = new vscode.Position(start.line, start.character);
  const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position);
  if (!locations || locations.length === 0) {
    void vscode.window.showInformationMessage(`FactLsp: no quotes of ${picked.label} found.`);
    return;
  }
  await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations);
}

async function addSourceCommand(): Promise<void> {
  if (!client || client.state !== State.Running) {
    await maybeStart();
  }
  if (!client) {
    void vscode.window.showWarningMessage('FactLsp: the language server is not running.');
    return;
  }
  await addSourceFromUrlOrFile(client);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  output = vscode.window.createOutputChannel('FactLsp');
  statusItem = vscode.window.createStatusBarItem('factlsp.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'FactLsp quotes';
  statusItem.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, statusItem, { dispose: () => refreshStatus.cancel() });

  context.subscriptions.push(
    vscode.commands.registerCommand('factlsp.checkWorkspace', checkWorkspace),
    vscode.commands.registerCommand('factlsp.showQuotesOfPerson', showQuotesOfPerson),
    vscode.commands.registerCommand('factlsp.restartServer', restartServer),
    vscode.commands.registerCommand('factlsp.addSourceFromUrlOrFile', addSourceCommand),
    vscode.window.onDidChangeActiveTextEditor(() => refreshStatus()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) refreshStatus();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('factlsp.server.path')) {
        if (client) void restartServer();
        else void maybeStart();
      } else if (e.affectsConfiguration('factlsp.enableEverywhere')) {
        void maybeStart();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void maybeStart()),
  );
  const markerWatcher = vscode.workspace.createFileSystemWatcher('**/{factlsp,people}.yaml', false, true, true);
  context.subscriptions.push(markerWatcher, markerWatcher.onDidCreate(() => void maybeStart()));

  await maybeStart();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
