import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPersonSymbol, selectPeople, type LspSymbolLike } from '../src/people';

const at = (uri: string, line = 0): LspSymbolLike['location'] => ({
  uri,
  range: { start: { line, character: 0 }, end: { line, character: 5 } },
});

describe('people symbols', () => {
  it('recognises the markers', () => {
    assert.ok(isPersonSymbol({ name: 'redur-khalil', kind: 19, containerName: 'Person', location: at('file:///ws/a.md') }));
    assert.ok(isPersonSymbol({ name: 'x', kind: 13, containerName: 'people', location: at('file:///ws/a.md') }));
    assert.ok(isPersonSymbol({ name: 'x', kind: 13, data: { kind: 'person' }, location: at('file:///ws/a.md') }));
    assert.ok(isPersonSymbol({ name: 'x', kind: 13, location: at('file:///ws/people.yaml') }));
    assert.ok(!isPersonSymbol({ name: 'dawn-2019-01-24', kind: 1, containerName: 'source', location: at('file:///ws/sources/dawn.txt') }));
  });

  it('keeps people only, once each, sorted by name', () => {
    const people = selectPeople([
      { name: 'zoe', kind: 19, location: at('file:///ws/people.yaml', 4) },
      { name: 'dawn', kind: 1, containerName: 'source', location: at('file:///ws/sources/dawn.md') },
      { name: 'adam', kind: 19, location: at('file:///ws/people.yaml', 1) },
      { name: 'adam', kind: 19, location: at('file:///ws/people.yaml', 1) },
    ]);
    assert.deepEqual(
      people.map((p) => p.name),
      ['adam', 'zoe'],
    );
    assert.deepEqual(selectPeople(null), []);
  });
});
