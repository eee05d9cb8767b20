// The parts of "FactLsp: Add Source from URL or File…" that need no editor: reading what the
// writer typed, the server command's arguments, and the message for its answer.
import * as path from 'node:path';

/** The server's command (workspace/executeCommand); the extension's own palette command has another id. */
export const ADD_SOURCE_SERVER_COMMAND = 'factlsp.addSource';

export const IMPORTABLE_EXTENSIONS = ['html', 'htm', 'pdf', 'txt', 'md'];

export interface AddSourceArguments {
  input: string;
  id?: string;
  uri?: string;
}

export interface ImportedSource {
  id: string;
  uri: string;
  kind: string;
  applied: boolean;
}

/**
 * What the writer typed as the server's input: an http(s) URL as it is (a bare `www.…` gets
 * https://), a path made absolute against the workspace folder; null when it is neither.
 */
export function toInput(typed: string, folder?: string): string | null {
  const text = typed.trim().replace(/^<(.*)>$/, '$1');
  if (text.length === 0) return null;
  if (/^https?:\/\//i.test(text)) return text;
  if (/^www\.[^\s/]+\.[^\s/]+/i.test(text)) return `https://${text}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return null;
  const expanded = text.startsWith('~/') && process.env.HOME ? path.join(process.env.HOME, text.slice(2)) : text;
  if (path.isAbsolute(expanded)) return expanded;
  return folder ? path.join(folder, expanded) : null;
}

/** The command's one argument: the input, and the document or folder whose workspace receives the source. */
export function addSourceArguments(input: string, workspaceUri?: string, id?: string): AddSourceArguments {
  const args: AddSourceArguments = { input };
  if (workspaceUri) args.uri = workspaceUri;
  if (id && id.trim().length > 0) args.id = id.trim();
  return args;
}

/** The line shown when the source is in: the id to cite, ready to paste. */
export function describeImported(result: ImportedSource): string {
  const kind = result.kind === 'article' ? '' : ` (${result.kind})`;
  const saved = result.applied ? '' : ' The editor did not apply the edit: see the FactLsp output.';
  return `FactLsp: added source '${result.id}'${kind}. Cite it as src=${result.id}.${saved}`;
}

/** A server error's message without the client's "Request … failed with message:" wrapping. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Request workspace\/executeCommand failed with message:\s*/, '');
}
