import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { debounce, formatStatus, type DocumentStats } from '../src/statusText';

const stats = (s: Partial<DocumentStats>) => ({
  quotes: 0,
  verified: 0,
  misquotes: 0,
  notFound: 0,
  unverifiable: 0,
  ...s,
});

describe('formatStatus', () => {
  it('hides the item for a non-article', () => {
    assert.equal(formatStatus(null), undefined);
    assert.equal(formatStatus(undefined), undefined);
  });

  it('says so when an article has no quotes', () => {
    assert.equal(formatStatus(stats({}))?.text, '$(quote) no quotes');
    assert.equal(formatStatus(stats({}))?.level, 'ok');
  });

  it('shows all verified with a check', () => {
    const v = formatStatus(stats({ quotes: 3, verified: 3 }));
    assert.equal(v?.text, '$(check) 3 quotes, 3 verified');
    assert.equal(v?.level, 'ok');
  });

  it('uses the singular for one', () => {
    assert.equal(formatStatus(stats({ quotes: 1, verified: 0, misquotes: 1 }))?.text, '$(warning) 1 quote, 0 verified, 1 misquote');
  });

  it('warns on misquotes and errors on quotes not found', () => {
    const w = formatStatus(stats({ quotes: 5, verified: 3, misquotes: 2 }));
    assert.equal(w?.text, '$(warning) 5 quotes, 3 verified, 2 misquotes');
    assert.equal(w?.level, 'warning');
    const e = formatStatus(stats({ quotes: 5, verified: 2, misquotes: 2, notFound: 1 }));
    assert.equal(e?.text, '$(error) 5 quotes, 2 verified, 2 misquotes, 1 not found');
    assert.equal(e?.level, 'error');
  });

  it('counts the words-only quotes apart from the verified ones and warns on a wrong speaker', () => {
    const w = formatStatus(stats({ quotes: 4, verified: 1, wrongSpeaker: 1, speakerUnconfirmed: 2 }));
    assert.equal(w?.text, '$(warning) 4 quotes, 1 verified, 1 wrong speaker, 2 speakers unconfirmed');
    assert.equal(w?.level, 'warning');
    const q = formatStatus(stats({ quotes: 2, verified: 1, notQuotedInSource: 1 }));
    assert.equal(q?.text, '$(warning) 2 quotes, 1 verified, 1 not quoted in source');
    assert.match(q?.tooltip ?? '', /1 not quoted in their source/);
  });

  it('leaves an unconfirmed speaker at the info level of its rule', () => {
    const v = formatStatus(stats({ quotes: 2, verified: 1, speakerUnconfirmed: 1 }));
    assert.equal(v?.text, '$(check) 2 quotes, 1 verified, 1 speaker unconfirmed');
    assert.equal(v?.level, 'ok');
  });

  it('lists every count in the tooltip', () => {
    const t = formatStatus(stats({ quotes: 4, verified: 1, misquotes: 1, notFound: 1, unverifiable: 1 }))?.tooltip ?? '';
    assert.match(t, /4 quotes in total/);
    assert.match(t, /1 verified/);
    assert.match(t, /1 misquote\b/);
    assert.match(t, /1 not found/);
    assert.match(t, /1 unverifiable/);
  });

  it('treats missing, negative or fractional counts sanely', () => {
    const v = formatStatus({ quotes: 2.7, verified: -1 } as never);
    assert.equal(v?.text, '$(check) 2 quotes, 0 verified');
  });
});

describe('debounce', () => {
  it('runs once with the last arguments', () => {
    const pending = new Map<number, () => void>();
    let next = 0;
    const timers = {
      set: (cb: () => void) => {
        pending.set(++next, cb);
        return next;
      },
      clear: (h: unknown) => void pending.delete(h as number),
    };
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 100, timers);
    d(1);
    d(2);
    d(3);
    assert.equal(pending.size, 1);
    for (const [h, cb] of [...pending]) {
      pending.delete(h);
      cb();
    }
    assert.deepEqual(calls, [3]);
    d(4);
    d.cancel();
    assert.equal(pending.size, 0);
  });
});
