import { describe, expect, it } from 'vitest';
import { ingestText } from '../src/ingest/index.js';
import { deckFromSpeech } from '../src/pipeline.js';
import { splitDeckMarkdown } from '../src/render/deck-markdown.js';
import { escapeMarkdown } from '../src/render/escape.js';
import { renderSections } from '../src/render/markdown-it.js';
import { visibleText } from './helpers.js';


const HOSTILE = [
  '第一，要防范<script>alert(1)</script>这类风险。',
  '---',
  'Note: 这一行不是备注。',
  '<!-- .slide: class="evil" -->',
  '**不是粗体** _也不是斜体_ `也不是代码` [不是链接](http://x) &amp; 1. 不是列表',
  '# 不是标题',
  '- 不是列表项',
  '第二，要把 a | b | c 和 ~~d~~ 原样显示。',
];

describe('speech text is text', () => {
  const build = deckFromSpeech(ingestText(HOSTILE.join('\n'), 'hostile.txt'));
  const html = build.rendered.sections.join('\n');

  it('keeps the deck structure whatever the speech contains', () => {
    expect(build.deck!.slides.length).toBe(build.rendered.sections.length);
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/class="evil"/);
    expect(html).not.toMatch(/<(strong|em|code|a|h1 id|table|del)\b(?![^>]*figures)/);
  });

  it('shows every line as typed in the notes', () => {
    const text = visibleText(html);
    for (const line of HOSTILE) expect(text).toContain(line);
  });

  it('escapes line by line so markdown-it gives back the same text', () => {
    for (const line of [...HOSTILE, '1) 列表', '+ 加号', '= 等号', 'notes: 小写']) {
      expect(visibleText(renderSections(escapeMarkdown(line)).sections[0]).trim()).toBe(line);
    }
  });
});

describe('deck Markdown', () => {
  it('splits slides at --- lines and notes at Note:, reading attributes and front matter', () => {
    const { meta, slides } = splitDeckMarkdown('---\ntitle: "讲话"\n---\n\n<!-- .slide: class="cover" data-timing="9" -->\n# 讲话\n\nNote:\n开场白\n\n---\n\n## 第一\n\n- 要点\nnotes: 备注\n');
    expect(meta.title).toBe('讲话');
    expect(slides).toEqual([
      { attributes: { class: 'cover', 'data-timing': '9' }, body: '# 讲话', notes: '开场白', line: 5 },
      { attributes: {}, body: '## 第一\n\n- 要点', notes: '备注', line: 13 },
    ]);
  });

  it('round-trips: the Markdown of a deck has one slide per planned slide', () => {
    const build = deckFromSpeech(ingestText('一、关于经济工作\n第一，要抓落实。\n第二，要见实效。', 'a.txt'));
    const { slides } = splitDeckMarkdown(build.markdown);
    expect(slides.map((s) => s.attributes.class.split(' ')[0])).toEqual(build.deck!.slides.map((s) => s.kind));
  });
});
