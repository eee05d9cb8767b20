/**
 * The server's standard error, as the output channel shows it. Pure: no `vscode` import.
 *
 * `factlsp serve` writes each log line both to stderr (for editors that only keep stderr) and as
 * `window/logMessage`, which the language client already shows; the stderr copy of those lines
 * ("[Info] …", "[Warning] …") is dropped so each line appears once. Anything else on stderr (a
 * crash's stack trace, a line from before the connection was up) is kept.
 */
const MIRRORED = /^\[(Error|Warning|Info|Log|Debug)\] /;

export class StderrLines {
  private pending = '';

  constructor(private readonly emit: (line: string) => void) {}

  /** Takes a chunk of stderr; emits the complete lines that are not mirrored as logMessage. */
  push(chunk: string): void {
    this.pending += chunk;
    let newline: number;
    while ((newline = this.pending.indexOf('\n')) >= 0) {
      const line = this.pending.slice(0, newline).replace(/\r$/, '');
      this.pending = this.pending.slice(newline + 1);
      if (line.length > 0 && !MIRRORED.test(line)) this.emit(line);
    }
  }

  /** The last, unterminated line (when the process ends). */
  flush(): void {
    const rest = this.pending;
    this.pending = '';
    if (rest.length > 0 && !MIRRORED.test(rest)) this.emit(rest);
  }
}

/** What to say when the server process ends: nothing after a stop the extension asked for and a clean exit. */
export function exitMessage(code: number | null, signal: string | null, stopping: boolean): string | undefined {
  if (stopping && (code === 0 || signal !== null)) return undefined;
  if (code === 0) return 'The server exited.';
  if (signal !== null) return `The server was ended by ${signal}.`;
  return `The server exited with code ${code ?? 'unknown'}.`;
}
