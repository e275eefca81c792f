// The real speeches of ../shared/corpus, when it is there: scored against their gold outlines,
// and each built into a deck without errors or a flood of warnings.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deckFromFile } from '../src/pipeline-file.js';
import { ROOT, SHARED, hasShared } from './helpers.js';

const CORPUS = join(SHARED, 'corpus');
const score = (gold: string): string =>
  execFileSync(process.execPath, [join(SHARED, 'eval/score.mjs'), '--gold', gold, '--texts', CORPUS, '--cmd', `node ${JSON.stringify(join(ROOT, 'bin/speechdeck.js'))} outline {} --json`], { encoding: 'utf8', cwd: ROOT });

const figure = (out: string, re: RegExp): number => Number(re.exec(out)![1]);

describe.skipIf(!hasShared)('the real speeches of the corpus', () => {
  it('gets the sample speech exactly right', () => {
    const out = score(join(CORPUS, 'gold/seed.json'));
    expect(out).toContain('titles 1/1; command failures 0');
    expect(figure(out, /slide-point F1 \(depth 1-2\) ([\d.]+)/)).toBe(1);
    expect(figure(out, /bullet F1 \(depth 3\) ([\d.]+)/)).toBeGreaterThanOrEqual(0.95);
  });

  // A ratchet: the scores the outline reaches on the corpus today, raised with each gain and never lowered.
  const RATCHET = { slidePoints: 0.995, bullets: 0.993, goldDepth: 0.999, titles: 1 };

  it(`finds the outlines of all of them: slide points F1 ≥ ${RATCHET.slidePoints}, bullets ≥ ${RATCHET.bullets}, ${RATCHET.goldDepth} at the gold depth, every title`, () => {
    const golds = readdirSync(join(CORPUS, 'gold')).filter((f) => f.endsWith('.json'));
    const titled = golds.filter((f) => JSON.parse(readFileSync(join(CORPUS, 'gold', f), 'utf8')).title?.key).length;
    const out = score(join(CORPUS, 'gold'));
    expect(out).toContain('command failures 0');
    expect(out).toContain(`files ${golds.length}`);
    expect(figure(out, /slide-point F1 \(depth 1-2\) ([\d.]+)/)).toBeGreaterThanOrEqual(RATCHET.slidePoints);
    expect(figure(out, /bullet F1 \(depth 3\) ([\d.]+)/)).toBeGreaterThanOrEqual(RATCHET.bullets);
    expect(figure(out, /at the gold depth ([\d.]+)/)).toBeGreaterThanOrEqual(RATCHET.goldDepth);
    expect(figure(out, new RegExp(`titles (\\d+)/${titled};`))).toBeGreaterThanOrEqual(Math.ceil(RATCHET.titles * titled));
  });

  const speeches = hasShared ? readdirSync(CORPUS).filter((f) => /\.(txt|md|html)$/.test(f) && !/^[A-Z]+\.md$/.test(f)) : [];
  it.each(speeches)('builds a deck from %s with no error and few warnings', async (file) => {
    const build = await deckFromFile(join(CORPUS, file));
    expect(build.failed).toBe(false);
    expect(build.diagnostics.filter((d) => d.severity !== 'info').length).toBeLessThanOrEqual(2);
    expect(build.deck!.slides.length).toBeGreaterThan(2);
  });
});
