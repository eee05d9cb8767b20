/**
 * Maps the `factlsp` settings section to what the server receives, and builds the process options.
 * Pure: no `vscode` import.
 */
import type { ServerCommand } from './serverResolution';
import { isRuleName, isSeverity, type Severity } from './rules';

export const CONFIGURATION_SECTION = 'factlsp';

/** The object the client answers to `workspace/configuration` for section `factlsp`. */
export interface ServerSettings {
  /** Only valid rule names with valid severities; the server's own defaults (and factlsp.yaml) apply to the others. */
  rules: Record<string, Severity>;
  /** Absent unless the user set it, so that `matching:` of factlsp.yaml (or the server's default) applies. */
  matching: { misquoteSimilarity?: number };
  inlayHints: { enabled: boolean };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sanitises the raw settings section (what `workspace.getConfiguration('factlsp')` holds): drops unknown
 * rules and bad severities, clamps the similarity to 0..1 and leaves it out when unset (null) or not a
 * number, defaults the rest. Keys of the client only
 * (`server.path`, `enableEverywhere`, `trace`) are not sent.
 */
export function toServerSettings(raw: unknown): ServerSettings {
  const section = isRecord(raw) ? raw : {};
  const rules: Record<string, Severity> = {};
  if (isRecord(section.rules)) {
    for (const [name, value] of Object.entries(section.rules)) {
      const severity = typeof value === 'string' ? value.trim().toLowerCase() : value;
      if (isRuleName(name) && isSeverity(severity)) rules[name] = severity;
    }
  }
  const matching = isRecord(section.matching) ? section.matching : {};
  const similarity = matching.misquoteSimilarity;
  const matchingOut: ServerSettings['matching'] =
    typeof similarity === 'number' && Number.isFinite(similarity)
      ? { misquoteSimilarity: Math.min(1, Math.max(0, similarity)) }
      : {};
  const inlay = isRecord(section.inlayHints) ? section.inlayHints : {};
  const inlayEnabled = typeof inlay.enabled === 'boolean' ? inlay.enabled : true;
  return { rules, matching: matchingOut, inlayHints: { enabled: inlayEnabled } };
}

/** Whether the language client should start: a marker file in the workspace, or the override setting. */
export function shouldStartClient(opts: { enableEverywhere: boolean; markerFound: boolean }): boolean {
  return opts.enableEverywhere || opts.markerFound;
}

/** Files whose presence at a workspace folder's root turns the client on. */
export const MARKER_FILES = ['factlsp.yaml', 'people.yaml'] as const;

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd?: string;
}

/** `factlsp serve` over stdio. */
export function serveProcess(server: ServerCommand, cwd?: string): ProcessSpec {
  return { command: server.command, args: [...server.args, 'serve'], cwd };
}

/** `factlsp check FOLDER`, run in that folder. */
export function checkProcess(server: ServerCommand, folder: string): ProcessSpec {
  return { command: server.command, args: [...server.args, 'check', folder], cwd: folder };
}

/** Quotes an argument for display in a log line (not for a shell). */
export function displayCommand(spec: ProcessSpec): string {
  return [spec.command, ...spec.args].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' ');
}
