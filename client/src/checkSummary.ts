/** Summarises the output of `factlsp check` for a notification. Pure: no `vscode` import. */

export interface CheckSummary {
  level: 'info' | 'warning' | 'error';
  message: string;
}

// eslint-disable-next-line no-control-regex -- strips ANSI colour codes
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * The summary is the last non-empty line the CLI printed (on stdout, else stderr).
 * Exit code 0: no problems; 1: problems found; anything else (or a spawn error): the check failed.
 */
export function summarizeCheck(stdout: string, stderr: string, exitCode: number | null, spawnError?: string): CheckSummary {
  const lastLine = (text: string): string | undefined =>
    text
      .replace(ANSI, '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .pop();
  if (spawnError) return { level: 'error', message: `FactLsp check could not run: ${spawnError}` };
  const line = lastLine(stdout) ?? lastLine(stderr);
  if (exitCode === 0) return { level: 'info', message: `FactLsp check: ${line ?? 'no problems found.'}` };
  if (exitCode === 1) return { level: 'warning', message: `FactLsp check: ${line ?? 'problems found.'}` };
  const code = exitCode === null ? 'was stopped' : `exited with code ${exitCode}`;
  return { level: 'error', message: `FactLsp check ${code}${line ? `: ${line}` : '.'}` };
}
