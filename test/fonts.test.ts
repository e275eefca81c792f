import { inflateSync } from 'node:zlib';
import { Font } from 'fonteditor-core';
import { describe, expect, it } from 'vitest';
import { FONT_FACES, subsetFonts } from '../src/export/fonts.js';

/** The characters a WOFF font maps, each as often as it is mapped. */
const mapped = (bytes: Uint8Array): string[] =>
  Font.create(Buffer.from(bytes), { type: 'woff', inflate: (data) => [...inflateSync(Uint8Array.from(data))] })
    .get()
    .glyf.flatMap((glyph) => glyph.unicode ?? [])
    .map((u) => String.fromCodePoint(u))
    .sort();

const distinct = (text: string): string[] => [...new Set(text)].filter((c) => c.trim()).sort();

describe('the fonts a deck ships', () => {
  // Characters from many @fontsource chunks: Latin, digits, common and rarer hanzi, CJK punctuation.
  const text = {
    headings: '关于经济工作，2025年GDP增长5.2%',
    slides: '第一，要全力完成各项目标任务；“三区”建设始终处于全省前列。',
    all: '第一，要全力完成各项目标任务；“三区”建设始终处于全省前列。同志们：淮河沿岸、豫皖交界，蠡测',
    quotes: '“”',
    paper: '同志们：第一，要全力完成各项目标任务。学习提纲 — 1 —',
    paperHeads: '第一，要全力完成各项目标任务学习提纲',
  };
  const covered = (i: number): string => FONT_FACES[i].covers.map((key) => text[key]).join('');

  it('is one font a face, mapping each character of its role once, and no other', async () => {
    const fonts = await subsetFonts(text);
    expect(fonts.files.map((f) => f.name)).toEqual(['noto-sans-sc-400.woff', 'noto-sans-sc-700.woff', 'noto-serif-sc-700.woff', 'noto-serif-sc-400.woff', 'lxgw-wenkai-500.woff', 'sd-quotes-400.woff']);
    fonts.files.forEach((file, i) => expect(mapped(file.bytes)).toEqual(distinct(covered(i))));
  });

  it('declares each face once, whole (no unicode-range) but the full-width quotes for 楷体 lines, at the given prefix', async () => {
    const css = (await subsetFonts(text)).css('fonts/');
    const rules = css.split('\n');
    expect(rules).toHaveLength(FONT_FACES.length);
    expect(rules.filter((r) => r.includes('unicode-range'))).toEqual([expect.stringContaining("font-family:'SD Quotes'")]);
    FONT_FACES.forEach((face, i) => {
      expect(rules[i]).toContain(`font-family:'${face.family}'`);
      expect(rules[i]).toContain(`font-weight:${face.weight}`);
    });
    expect(rules[0]).toContain('url(fonts/noto-sans-sc-400.woff)');
  });

  it('can carry the fonts inline, for a page that loads nothing', async () => {
    const fonts = await subsetFonts(text);
    const css = fonts.css('inline');
    expect(css).not.toMatch(/\.woff\)/);
    for (const file of fonts.files) expect(css).toContain(`url(data:font/woff;base64,${Buffer.from(file.bytes).toString('base64')})`);
  });

  it('ships no font for a face whose text is empty', async () => {
    const fonts = await subsetFonts({ headings: '', slides: '讲话', all: '讲话', quotes: '', paper: '', paperHeads: '' });
    expect(fonts.files.map((f) => f.name)).toEqual(['noto-sans-sc-400.woff', 'lxgw-wenkai-500.woff']);
  });
});
