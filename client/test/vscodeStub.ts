// A small stand-in for the `vscode` module, enough for the extension and vscode-languageclient to
// start a server, answer configuration and drive the status bar. Anything not modelled here is a
// permissive proxy: callable, constructible, returning more of itself.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

type Listener<T> = (e: T) => unknown;

function deepProxy(name: string): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => `[stub ${name}]`;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'dispose') return () => undefined;
      if (!cache.has(prop)) cache.set(prop, deepProxy(`${name}.${String(prop)}`));
      return cache.get(prop);
    },
    apply() {
      return deepProxy(`${name}()`);
    },
    construct() {
      return deepProxy(`new ${name}`) as object;
    },
  });
}

class Disposable {
  constructor(private readonly fn: () => unknown = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i?.dispose?.()));
  }
  dispose(): void {
    this.fn();
  }
}

class EventEmitter<T> {
  private listeners = new Set<Listener<T>>();
  event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

class Uri {
  constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static file(p: string): Uri {
    return Uri.parse(pathToFileURL(p).toString());
  }
  static parse(value: string): Uri {
    const u = new URL(value);
    return new Uri(u.protocol.replace(/:$/, ''), u.host, decodeURIComponent(u.pathname), u.search.replace(/^\?/, ''), u.hash.replace(/^#/, ''));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, base.authority, path.posix.join(base.path, ...parts));
  }
  get fsPath(): string {
    return fileURLToPath(this.toString());
  }
  with(change: Partial<Pick<Uri, 'scheme' | 'path'>>): Uri {
    return new Uri(change.scheme ?? this.scheme, this.authority, change.path ?? this.path);
  }
  toString(): string {
    const url = new URL(`${this.scheme}://${this.authority}`);
    url.pathname = this.path;
    return url.toString();
  }
  toJSON(): unknown {
    return { scheme: this.scheme, path: this.path };
  }
}

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}

class ThemeColor {
  constructor(readonly id: string) {}
}

class CancellationTokenSource {
  private emitter = new EventEmitter<void>();
  token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {}
}

export interface StubOptions {
  workspaceFolder: string;
  files: string[];
  settings: Record<string, unknown>;
  /** vscode.env.remoteName: set for a remote window (SSH, WSL, a container, code-server). */
  remoteName?: string;
  /** Which button of an error, warning or information message is clicked (default: none). */
  choose?: (message: string, items: string[]) => string | undefined;
}

export interface StubStatusItem {
  text: string;
  tooltip: unknown;
  visible: boolean;
}

export interface VscodeStub {
  vscode: { Uri: typeof Uri } & Record<string, unknown>;
  statusItem: StubStatusItem;
  output: string[];
  messages: string[];
  setActiveEditor(editor: { document: { uri: Uri; languageId: string } } | undefined): void;
  /** Handlers registered with commands.registerCommand. */
  commands: Map<string, (...args: unknown[]) => unknown>;
  /** Calls of commands.executeCommand (other than registered ones). */
  executed: { command: string; args: unknown[] }[];
  /** Labels offered by the last showQuickPick; it picks the first item. */
  quickPicks: string[][];
}

function configurationFor(settings: Record<string, unknown>, section: string | undefined) {
  const full = (key: string) => (section ? `${section}.${key}` : key);
  const lookup = (key: string): unknown => {
    const k = full(key);
    if (k in settings) return settings[k];
    const prefix = `${k}.`;
    const nested: Record<string, unknown> = {};
    let any = false;
    for (const [name, value] of Object.entries(settings)) {
      if (!name.startsWith(prefix)) continue;
      any = true;
      const parts = name.slice(prefix.length).split('.');
      let node = nested;
      for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
      node[parts[parts.length - 1]!] = value;
    }
    return any ? nested : undefined;
  };
  return {
    get: (key: string, fallback?: unknown) => lookup(key) ?? fallback,
    has: (key: string) => lookup(key) !== undefined,
    inspect: () => undefined,
    update: async () => undefined,
  };
}

export function createVscodeStub(options: StubOptions): VscodeStub {
  const activeEditorChanged = new EventEmitter<unknown>();
  const output: string[] = [];
  const messages: string[] = [];
  let activeTextEditor: unknown;
  const statusItem = {
    text: '',
    tooltip: undefined as unknown,
    visible: false,
    name: '',
    command: undefined as unknown,
    backgroundColor: undefined as unknown,
    show() {
      this.visible = true;
    },
    hide() {
      this.visible = false;
    },
    dispose() {
      this.visible = false;
    },
  };
  const channel = {
    name: 'FactLsp',
    append: (s: string) => output.push(s),
    appendLine: (s: string) => output.push(s),
    replace: () => undefined,
    clear: () => undefined,
    show: () => undefined,
    hide: () => undefined,
    dispose: () => undefined,
  };
  const event = () => new Disposable();
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const executed: { command: string; args: unknown[] }[] = [];
  const quickPicks: string[][] = [];
  const message = async (m: string, ...items: unknown[]) => {
    messages.push(m);
    return options.choose?.(m, items.filter((i): i is string => typeof i === 'string'));
  };
  const folderUri = Uri.file(options.workspaceFolder);
  const files = new Set(options.files.map((f) => Uri.file(f).toString()));

  const modelled: Record<string, unknown> = {
    version: '1.90.0',
    Uri,
    Position,
    Range,
    ThemeColor,
    Disposable,
    EventEmitter,
    CancellationTokenSource,
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    env: { remoteName: options.remoteName, appName: 'stub' },
    workspace: new Proxy(
      {
        workspaceFolders: [{ uri: folderUri, name: path.basename(options.workspaceFolder), index: 0 }],
        textDocuments: [],
        notebookDocuments: [],
        getConfiguration: (section?: string) => configurationFor(options.settings, section),
        getWorkspaceFolder: () => undefined,
        asRelativePath: (u: Uri) => u.toString(),
        createFileSystemWatcher: () => ({ onDidCreate: event, onDidChange: event, onDidDelete: event, dispose: () => undefined }),
        fs: {
          stat: async (u: Uri) => {
            if (!files.has(u.toString()) && !existsSync(u.fsPath)) throw new Error(`ENOENT ${u.toString()}`);
            return { type: 1 };
          },
        },
      },
      { get: (t, p) => (p in t ? t[p as keyof typeof t] : typeof p === 'string' && p.startsWith('on') ? event : deepProxy(`workspace.${String(p)}`)) },
    ),
    window: new Proxy(
      {
        get activeTextEditor() {
          return activeTextEditor;
        },
        visibleTextEditors: [],
        onDidChangeActiveTextEditor: activeEditorChanged.event,
        createOutputChannel: () => channel,
        createStatusBarItem: () => statusItem,
        showErrorMessage: message,
        showWarningMessage: message,
        showInformationMessage: message,
        showQuickPick: async (items: { label: string }[]) => {
          quickPicks.push(items.map((i) => i.label));
          return items[0];
        },
        withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => unknown) =>
          task({ report: () => undefined }, new CancellationTokenSource().token),
      },
      { get: (t, p) => (p in t ? Reflect.get(t, p) : typeof p === 'string' && p.startsWith('on') ? event : deepProxy(`window.${String(p)}`)) },
    ),
    commands: {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        commands.set(id, handler);
        return new Disposable(() => commands.delete(id));
      },
      executeCommand: async (command: string, ...args: unknown[]) => {
        const handler = commands.get(command);
        if (handler) return handler(...args);
        executed.push({ command, args });
        if (command === 'vscode.executeReferenceProvider') return [{ uri: args[0], range: new Range(new Position(3, 0), new Position(3, 9)) }];
        return undefined;
      },
    },
    languages: new Proxy(
      { match: () => 10, onDidChangeDiagnostics: event },
      { get: (t, p) => (p in t ? t[p as keyof typeof t] : deepProxy(`languages.${String(p)}`)) },
    ),
  };
  const vscode = new Proxy(modelled, { get: (t, p) => (p in t ? t[p as string] : deepProxy(String(p))) }) as VscodeStub['vscode'];
  return {
    vscode,
    statusItem,
    output,
    messages,
    commands,
    executed,
    quickPicks,
    setActiveEditor(editor) {
      activeTextEditor = editor;
      activeEditorChanged.fire(editor);
    },
  };
}
