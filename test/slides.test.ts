// What an office puts in front of a meeting, checked on every deck of the sample and ../shared/corpus:
// figures exactly as the speech writes them, with their units; no words cut inside a number; no
// quote or bracket left open; no anecdote's quotation of someone else as a bullet.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deckFromFile } from '../src/pipeline-file.js';
import { balanced, ELLIPSIS } from '../src/plan/clauses.js';
import { FIGURE_ENDS, SAMPLE, SHARED, hasShared } from './helpers.js';

const corpus = hasShared ? readdirSync(join(SHARED, 'corpus')).filter((f) => /\.(txt|md|html)$/.test(f) && !/^[A-Z]+\.md$/.test(f)).map((f) => join(SHARED, 'corpus', f)) : [];

const DIGIT = /[0-9０-９.．]/;

describe.each([SAMPLE, ...corpus])('the slides of %s', (file) => {
  it('show figures as written, whole, and words never cut inside a number or leaving a quote open', async () => {
    const build = await deckFromFile(file);
    const text = build.speech!.text;
    const problems: string[] = [];
    for (const slide of build.deck!.slides) {
      for (const f of slide.figures) {
        if (!text.includes(f.value)) problems.push(`figure not in the speech: ${f.value}`);
        if (!FIGURE_ENDS.test(f.value)) problems.push(`figure without its unit: ${f.value}`);
      }
      const quoted = [...slide.bullets, ...slide.figures.map((f) => f.context)].map((s) => s.replace(new RegExp(`${ELLIPSIS}$`), ''));
      // A marker as the source wrote it may have lost its opening bracket (一）聚焦前沿…): the words after it count.
      const title = slide.title.replace(/（续）$/, '').replace(/^[一二三四五六七八九十0-9]+[）)]/, '');
      for (const words of [title, ...quoted]) {
        if (!balanced(words)) problems.push(`quote or bracket left open: ${words}`);
        const at = text.indexOf(words);
        if (at < 0 || slide.kind === 'agenda' || slide.kind === 'cover') continue;
        if (DIGIT.test(words[0]) && DIGIT.test(text[at - 1] ?? '')) problems.push(`starts inside a number: ${words}`);
        if (DIGIT.test(words[words.length - 1]) && DIGIT.test(text[at + words.length] ?? '')) problems.push(`ends inside a number: ${words}`);
      }
      for (const bullet of slide.bullets) if (/(?:说|指出|讲)[：:]\s*“/.test(bullet)) problems.push(`someone else's words as a bullet: ${bullet}`);
    }
    expect(problems).toEqual([]);
  });
});
