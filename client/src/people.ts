/** Picks the Person symbols out of a `workspace/symbol` answer. Pure: no `vscode` import. */

/** The parts of an LSP SymbolInformation / WorkspaceSymbol that are used. */
export interface LspSymbolLike {
  name: string;
  kind: number;
  containerName?: string;
  detail?: string;
  location: { uri: string; range?: { start: { line: number; character: number }; end: { line: number; character: number } } };
  data?: unknown;
}

function basename(uri: string): string {
  const clean = uri.split(/[?#]/)[0] ?? uri;
  const parts = clean.split(/[\\/]/);
  return decodeURIComponent(parts[parts.length - 1] ?? '');
}

/**
 * A workspace symbol is a person when the server marks it so: `containerName` is `person` or `people`
 * (case-insensitive), or `data.kind` is `person`; failing any marker, a symbol located in a `people.yaml`.
 */
export function isPersonSymbol(symbol: LspSymbolLike): boolean {
  const container = (symbol.containerName ?? '').trim().toLowerCase();
  if (container === 'person' || container === 'people') return true;
  const data = symbol.data;
  if (typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'person') return true;
  return basename(symbol.location.uri).toLowerCase() === 'people.yaml';
}

/** People, unique by name+location, sorted by name. */
export function selectPeople<T extends LspSymbolLike>(symbols: readonly T[] | null | undefined): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const s of symbols ?? []) {
    if (!s || typeof s.name !== 'string' || !s.location || !isPersonSymbol(s)) continue;
    const r = s.location.range?.start;
    const key = `${s.name}\u0000${s.location.uri}\u0000${r?.line ?? -1}:${r?.character ?? -1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
