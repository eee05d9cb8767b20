import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { addSourceArguments, describeImported, errorMessage, toInput } from '../src/addSourceInput';

describe('add source input', () => {
  it('takes http(s) URLs as they are and gives a bare www address https', () => {
    assert.equal(toInput(' https://www.reuters.com/world/story-2024-03-05/ '), 'https://www.reuters.com/world/story-2024-03-05/');
    assert.equal(toInput('<http://example.org/a.pdf>'), 'http://example.org/a.pdf');
    assert.equal(toInput('www.whitehouse.gov/briefing-room/'), 'https://www.whitehouse.gov/briefing-room/');
  });

  it('makes a relative path absolute against the workspace folder', () => {
    assert.equal(toInput('downloads/release.pdf', '/ws'), path.join('/ws', 'downloads/release.pdf'));
    assert.equal(toInput('/tmp/page.html', '/ws'), '/tmp/page.html');
  });

  it('refuses other schemes, and a relative path with no folder', () => {
    assert.equal(toInput('ftp://example.org/file.pdf'), null);
    assert.equal(toInput('page.html'), null);
    assert.equal(toInput('   '), null);
  });

  it('builds the server command argument', () => {
    assert.deepEqual(addSourceArguments('https://a.example/x'), { input: 'https://a.example/x' });
    assert.deepEqual(addSourceArguments('https://a.example/x', 'file:///ws/articles/a.md', ' wire '), {
      input: 'https://a.example/x',
      uri: 'file:///ws/articles/a.md',
      id: 'wire',
    });
  });

  it('says which id to cite', () => {
    assert.equal(
      describeImported({ id: 'the-white-house-2021-03-01-press-briefing', uri: 'file:///ws/sources/x.md', kind: 'transcript', applied: true }),
      "FactLsp: added source 'the-white-house-2021-03-01-press-briefing' (transcript). Cite it as src=the-white-house-2021-03-01-press-briefing.",
    );
    assert.match(describeImported({ id: 'a', uri: 'file:///ws/sources/a.md', kind: 'article', applied: false }), /did not apply the edit/);
  });

  it('shows the server reason without the client wrapping', () => {
    assert.equal(
      errorMessage(new Error("Request workspace/executeCommand failed with message: Cannot import 'https://x.example/': HTTP 404 Not Found")),
      "Cannot import 'https://x.example/': HTTP 404 Not Found",
    );
  });
});
