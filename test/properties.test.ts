// Properties over generated speeches (markers, sentences, punctuation, whitespace, noise and
// hostile text): the pipeline never throws, is deterministic, quotes the speech verbatim, loses
// none of it, and shows whatever it contains as typed. SPEECHDECK_PROPERTY_RUNS sets the count.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestText } from '../src/ingest/index.js';
import { deckFromSpeech } from '../src/pipeline.js';
import { squeeze, visibleText } from './helpers.js';

const RUNS = Number(process.env.SPEECHDECK_PROPERTY_RUNS ?? 1000);

const CN = '一二三四五六七八九十';
const marker = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((n) => `${CN[(n - 1) % 10]}、`),
  fc.integer({ min: 1, max: 9 }).map((n) => `（${CN[n - 1]}）`),
  fc.integer({ min: 1, max: 9 }).map((n) => `第${CN[n - 1]}，`),
  fc.integer({ min: 1, max: 9 }).map((n) => `${CN[n - 1]}是`),
  fc.integer({ min: 1, max: 9 }).map((n) => `${CN[n - 1]}要`),
  fc.integer({ min: 1, max: 12 }).map((n) => `${n}. `),
  fc.integer({ min: 1, max: 5 }).map((n) => `第${CN[n - 1]}个问题：`),
  fc.constantFrom('首先，', '其次，', '再次，', '最后，', '其一，', '其二，', '所谓有欣喜，', '——', '①', '②', '同志们：', '同志们，'),
);
const words = fc.array(fc.constantFrom(...'要抓好落实经济工作推进发展改革民生安全稳定项目投资创新干部群众责任'.split('')), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
const figure = fc.constantFrom('增长8.3%', '连续7年', '占80%', '1.5亿元', '２０２４年');
const hostile = fc.constantFrom('<script>alert(1)</script>', '**粗体**', '---', '<!-- 注释 -->', 'Note:', 'notes: 小写', '# 标题', '`代码`', 'a | b', '[链接](http://x)', '&amp;', '\\', '有欣喜、有感触、有收获');
const punctuation = fc.constantFrom('。', '，', '；', '：', '！', '？', '、', '……', '“', '”', '（', '）');
const noise = fc.constantFrom('\u3000', '\u00a0', '\u200b', '\t', ' ', '\ufeff');
const piece = fc.oneof({ weight: 2, arbitrary: marker }, { weight: 5, arbitrary: words }, { weight: 1, arbitrary: figure }, { weight: 1, arbitrary: hostile }, { weight: 3, arbitrary: punctuation }, { weight: 1, arbitrary: noise });
const line = fc.array(piece, { minLength: 0, maxLength: 12 }).map((p) => p.join(''));
const speech = fc.tuple(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\n\n')).map(([lines, eol]) => lines.join(eol));

const build = (text: string) => deckFromSpeech(ingestText(text, 'generated.txt'));
const property = (check: (text: string) => void) => fc.assert(fc.property(speech, check), { numRuns: RUNS });

describe(`the pipeline on ${RUNS} generated speeches per property`, () => {
  it('never throws, and gives byte-identical output for the same input', () => {
    property((text) => {
      const a = build(text);
      const b = build(text);
      expect(b.markdown).toBe(a.markdown);
      expect(b.rendered.sections).toEqual(a.rendered.sections);
    });
  });

  it('puts on slides only spans of the speech (markers and an ellipsis aside)', () => {
    property((text) => {
      const b = build(text);
      if (b.failed) return;
      const body = squeeze(b.speech!.text);
      for (const slide of b.deck!.slides.filter((s) => s.kind !== 'agenda' && s.kind !== 'closing' && s.kind !== 'cover')) {
        for (const quote of [slide.title, slide.subtitle ?? '', ...slide.bullets, ...slide.figures.map((f) => f.context)]) {
          expect(body).toContain(squeeze(quote.replace(/（续）$/, '').replace(/……$/, '')));
        }
      }
    });
  });

  it('holds the whole speech body in the notes, and shows it as typed', () => {
    property((text) => {
      const b = build(text);
      if (b.failed) return;
      const body = squeeze(b.speech!.text.slice(b.outline!.preamble[0]));
      expect(squeeze(b.deck!.slides.map((s) => s.notes).join(''))).toBe(body);
      const notes = b.rendered.sections.map((s) => /<aside class="notes">([\s\S]*?)<\/aside>/.exec(s)?.[1] ?? '').join('');
      expect(squeeze(visibleText(notes))).toBe(body);
    });
  });
});

describe('pathological inputs (timed in npm run bench, not here)', () => {
  const sample = '第一，要全力完成各项目标任务。生产总值增长8.3%，一是抓项目，二是抓投资。所谓有欣喜，就是要看到优势。';
  const cases: Array<[string, () => string]> = [
    ['1 MB with no newline', () => sample.repeat(Math.ceil(1_000_000 / sample.length)).slice(0, 1_000_000)],
    ['100 000 lines of 一、', () => '一、\n'.repeat(100_000)],
    ['a deep run of 一是…九是', () => Array.from({ length: 20_000 }, (_, i) => `${CN[i % 9]}是要抓落实。`).join('')],
    ['a 10 000-character sentence', () => `第一，${'要'.repeat(10_000)}。第二，要见实效。`],
  ];
  it.each(cases)('%s: builds a deck without throwing', (_, make) => {
    const b = build(make());
    expect(b.failed).toBe(false);
    expect(b.deck!.slides.length).toBeGreaterThan(1);
  });
});
