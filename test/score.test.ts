// The outline scored against the hand-labelled gold of ../shared/corpus, when it is there.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, SHARED, hasShared } from './helpers.js';

const score = (gold: string): string =>
  execFileSync(process.execPath, [join(SHARED, 'eval/score.mjs'), '--gold', gold, '--texts', join(SHARED, 'corpus'), '--cmd', `node ${JSON.stringify(join(ROOT, 'bin/speechdeck.js'))} outline {} --json`], { encoding: 'utf8', cwd: ROOT });

describe.skipIf(!hasShared)('score against the gold outlines', () => {
  it('gets the sample speech exactly right', () => {
    const out = score(join(SHARED, 'corpus/gold/seed.json'));
    expect(out).toContain('titles 1/1; command failures 0');
    expect(out).toMatch(/slide-point F1 \(depth 1-2\) 1\.000; bullet F1 \(depth 3\) (0\.9[5-9]\d|1\.000)/);
  });
});
