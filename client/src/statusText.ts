/** Formats the status bar item for an article. Pure: no `vscode` import. */

/** Result of the custom request `factlsp/documentStats` (null for a document that is not an article). */
export interface DocumentStats {
  quotes: number;
  verified: number;
  misquotes: number;
  notFound: number;
  unverifiable: number;
  /** Words in the source but given to someone else (absent from servers before spec v1.1: read as 0). */
  wrongSpeaker?: number;
  /** Words in the source but the speaker is not evident there, or names nobody known. */
  speakerUnconfirmed?: number;
  /** Words the source prints as its narration or paraphrase, not as anyone's quotation. */
  notQuotedInSource?: number;
}

export interface StatusView {
  /** Status bar text (may use `$(icon)` codicons). */
  text: string;
  /** Markdown-free tooltip, one fact per line. */
  tooltip: string;
  /** `error` when a quote was not found, `warning` for misquotes, wrong speakers or words not quoted in the source, else `ok`. */
  level: 'ok' | 'warning' | 'error';
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Returns the view for the stats, or undefined when the item should be hidden (not an article). */
export function formatStatus(stats: DocumentStats | null | undefined): StatusView | undefined {
  if (stats === null || stats === undefined || typeof stats !== 'object') return undefined;
  const quotes = count(stats.quotes);
  const verified = count(stats.verified);
  const misquotes = count(stats.misquotes);
  const notFound = count(stats.notFound);
  const unverifiable = count(stats.unverifiable);
  // Verified means words and speaker (the server's count); these quotes have the words right only.
  const wrongSpeaker = count(stats.wrongSpeaker);
  const speakerUnconfirmed = count(stats.speakerUnconfirmed);
  const notQuoted = count(stats.notQuotedInSource);

  const level: StatusView['level'] = notFound > 0 ? 'error' : misquotes + wrongSpeaker + notQuoted > 0 ? 'warning' : 'ok';
  const icon = level === 'error' ? '$(error)' : level === 'warning' ? '$(warning)' : '$(check)';
  const parts = [plural(quotes, 'quote', 'quotes'), `${verified} verified`];
  if (wrongSpeaker > 0) parts.push(plural(wrongSpeaker, 'wrong speaker', 'wrong speakers'));
  if (speakerUnconfirmed > 0) parts.push(plural(speakerUnconfirmed, 'speaker unconfirmed', 'speakers unconfirmed'));
  if (notQuoted > 0) parts.push(`${notQuoted} not quoted in source`);
  if (misquotes > 0) parts.push(plural(misquotes, 'misquote', 'misquotes'));
  if (notFound > 0) parts.push(`${notFound} not found`);
  const text = quotes === 0 ? '$(quote) no quotes' : `${icon} ${parts.join(', ')}`;

  const tooltip = [
    'FactLsp: quotes in this article',
    `${plural(quotes, 'quote', 'quotes')} in total`,
    `${verified} verified against their source, words and speaker`,
    plural(wrongSpeaker, 'wrong speaker', 'wrong speakers'),
    plural(speakerUnconfirmed, 'speaker unconfirmed', 'speakers unconfirmed'),
    `${notQuoted} not quoted in their source (its narration or paraphrase)`,
    plural(misquotes, 'misquote', 'misquotes'),
    `${notFound} not found in their source`,
    `${unverifiable} unverifiable`,
  ].join('\n');
  return { text, tooltip, level };
}

/** A small debouncer (injectable timers for tests). */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
  timers: { set: (cb: () => void, ms: number) => unknown; clear: (h: unknown) => void } = {
    set: (cb, delay) => setTimeout(cb, delay),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
): ((...args: A) => void) & { cancel(): void } {
  let handle: unknown;
  const wrapped = (...args: A): void => {
    if (handle !== undefined) timers.clear(handle);
    handle = timers.set(() => {
      handle = undefined;
      fn(...args);
    }, ms);
  };
  wrapped.cancel = (): void => {
    if (handle !== undefined) timers.clear(handle);
    handle = undefined;
  };
  return wrapped;
}
