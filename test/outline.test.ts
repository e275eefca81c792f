import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ingestText } from '../src/ingest/index.js';
import { formatOutline, parseOutline } from '../src/outline/index.js';
import { ROOT, SAMPLE, readFixtures } from './helpers.js';

const outlineOf = (text: string, source = 'fixture.txt') => parseOutline(ingestText(text, source));

describe('outline grammar fixtures', () => {
  for (const f of readFixtures(join(ROOT, 'test/fixtures/outline'))) {
    // A header naming a format, like "(.md)", reads the input as a file of that format.
    const format = /\((\.\w+)\)/.exec(f.header)?.[1] ?? '.txt';
    it(`${f.file}:${f.line} ${f.header}`, () => {
      expect(formatOutline(outlineOf(f.input, `fixture${format}`))).toBe(f.expected);
    });
  }
});

describe('the sample speech', () => {
  const outline = outlineOf(readFileSync(SAMPLE, 'utf8'), 'gongzuo-tuijinhui.txt');

  it('has its title, three parts and the points under them', () => {
    expect(outline.title).toBe('工作推进会领导讲话材料');
    expect(outline.points.map((p) => p.marker + p.headline)).toEqual(['一、关于经济工作', '二、关于脱贫攻坚', '三、关于社会大局稳定']);
    expect(outline.points.map((p) => p.points.length)).toEqual([7, 5, 3]);
    expect(outline.diagnostics).toEqual([]);
  });

  it('gives every point its source line range, children inside their parent', () => {
    const walk = (points: typeof outline.points, parent: [number, number]): void => {
      for (const p of points) {
        expect(p.range[0]).toBeGreaterThanOrEqual(parent[0]);
        expect(p.range[1]).toBeLessThanOrEqual(parent[1]);
        walk(p.points, p.range);
      }
    };
    walk(outline.points, [1, 25]);
    expect(outline.points[1].range).toEqual([16, 17]);
  });

  it('keeps the closing words out of the last point', () => {
    const closing = readFileSync(SAMPLE, 'utf8').split('\n').find((l) => l.startsWith('同志们，面对'))!;
    expect(outline.points[2].points[2].range[1]).toBe(19);
    expect(closing).toBeTruthy();
  });
});
