import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const repoDir = join(__dirname, '..', '..');

describe('version', () => {
  it('is the Version of Directory.Build.props (what `factlsp --version` prints)', () => {
    const props = readFileSync(join(repoDir, 'Directory.Build.props'), 'utf8');
    const declared = /<Version>([^<]+)<\/Version>/.exec(props)?.[1]?.trim();
    assert.ok(declared, 'Directory.Build.props declares no <Version>');
    const pkg = JSON.parse(readFileSync(join(repoDir, 'client', 'package.json'), 'utf8')) as { version: string };
    assert.equal(pkg.version, declared);
  });
});
