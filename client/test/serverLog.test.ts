import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exitMessage, StderrLines } from '../src/serverLog';

describe('StderrLines', () => {
  const collect = (chunks: string[]): string[] => {
    const lines: string[] = [];
    const filter = new StderrLines((l) => lines.push(l));
    for (const c of chunks) filter.push(c);
    filter.flush();
    return lines;
  };

  it('drops the lines the server also sends as window/logMessage', () => {
    assert.deepEqual(collect(['[Info] Indexed 6 files in 120 ms\n[Warning] people.yaml: bad entry\n']), []);
  });

  it('keeps everything else, a crash trace included, across chunk boundaries', () => {
    const lines = collect(['Unhandled exception. System.InvalidOperationException: bo', 'om\r\n   at FactLsp.X()\n[Error] seen\nlast line']);
    assert.deepEqual(lines, ['Unhandled exception. System.InvalidOperationException: boom', '   at FactLsp.X()', 'last line']);
  });

  it('keeps a line that only looks like a level without the bracketed prefix', () => {
    assert.deepEqual(collect(['Info: not a mirrored line\n']), ['Info: not a mirrored line']);
  });
});

describe('exitMessage', () => {
  it('says nothing after a stop that ended cleanly (a restart)', () => {
    assert.equal(exitMessage(0, null, true), undefined);
    assert.equal(exitMessage(null, 'SIGTERM', true), undefined);
  });

  it('reports an exit nobody asked for, and a failed stop', () => {
    assert.equal(exitMessage(0, null, false), 'The server exited.');
    assert.equal(exitMessage(134, null, false), 'The server exited with code 134.');
    assert.equal(exitMessage(1, null, true), 'The server exited with code 1.');
    assert.equal(exitMessage(null, 'SIGKILL', false), 'The server was ended by SIGKILL.');
  });
});
