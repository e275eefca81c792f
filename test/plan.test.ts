import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingestText } from '../src/ingest/index.js';
import { parseOutline } from '../src/outline/index.js';
import { planSlides } from '../src/plan/index.js';
import { balanced, clip, trimAtClause } from '../src/plan/clauses.js';
import { keySentences } from '../src/plan/bullets.js';
import { findFigures } from '../src/plan/figures.js';
import { SAMPLE, sentencesOf } from './helpers.js';

const deckOf = (text: string, source = 'a.txt') => {
  const speech = ingestText(text, source);
  return { speech, deck: planSlides(speech, parseOutline(speech)) };
};


describe('the sample deck plan', () => {
  const { speech, deck } = deckOf(readFileSync(SAMPLE, 'utf8'), 'gongzuo-tuijinhui.txt');
  const ofKind = (kind: string) => deck.slides.filter((s) => s.kind === kind);

  it('has a cover, an agenda, 3 dividers, 15 point slides and a closing', () => {
    expect(deck.slides.map((s) => s.kind).filter((k) => k !== 'point')).toEqual(['cover', 'agenda', 'divider', 'divider', 'divider', 'closing']);
    expect(ofKind('divider').map((s) => s.title)).toEqual(['一、关于经济工作', '二、关于脱贫攻坚', '三、关于社会大局稳定']);
    expect(ofKind('point').map((s) => s.title)).toEqual([
      '所谓有欣喜，就是要看到自身的优势，进一步坚定发展信心',
      '所谓有感触，就是要看清自己的差距和不足，进一步增强发展紧迫感',
      '所谓有收获，就是要学习别人的长处和经验，进一步明确努力方向',
      '第一，要全力完成各项目标任务',
      '第二，要推动“三区”建设全面升级',
      '第三，要切实抓住主要矛盾',
      '第四，要大力营造干事创业氛围',
      '一是认识要再提升',
      '二是理解要再深化',
      '三是基础要再打牢',
      '四是措施要再务实',
      '五是领导要再加强',
      '一要深入抓好信访稳定工作',
      '二要深入抓好安全生产',
      '三要深入抓好食品药品安全',
    ]);
  });

  it('shows sub-points as bullets and key figures as callouts', () => {
    const [, , , , second, third] = ofKind('point');
    expect(second.bullets).toEqual(['首先，要明确目标，就是要争星晋位', '其次，要下定决心二次创业，就是要转型升级', '第三，要提质增效，就是要在壮大规模的同时，追求更好效益、更好质量']);
    expect(third.bullets).toEqual(['一要超前谋划', '二要注重创新', '三要用好政策', '四要招才引智']);
    const figures = deck.slides.flatMap((s) => s.figures.map((f) => f.value));
    expect(figures).toEqual(expect.arrayContaining(['增长8.3%', '8.5%', '连续7年', '80%']));
  });

  it('keeps every title, bullet and figure caption verbatim', () => {
    const body = speech.text;
    const verbatim = (s: string) => s.replace(/……$/, '').replace(/（续）$/, '');
    for (const slide of deck.slides.filter((s) => s.kind !== 'agenda')) {
      for (const text of [slide.title, slide.subtitle ?? '', ...slide.bullets, ...slide.figures.map((f) => f.context)]) {
        expect(body, `${slide.kind}: ${text}`).toContain(verbatim(text));
      }
    }
  });

  it('holds the whole speech body in the notes, each slide its own part, in order', () => {
    const notes = deck.slides.map((s) => s.notes).join('\n');
    const body = speech.text.split('\n').slice(1).join('\n');
    // Nothing lost, nothing said twice: the notes are the body, cut where slides change.
    expect(notes.replace(/\n/g, '')).toBe(body.replace(/\n/g, ''));
    for (const sentence of sentencesOf(body)) expect(notes).toContain(sentence);
  });

  it('paces each slide by the length of its text', () => {
    for (const slide of deck.slides) expect(slide.timing).toBe(Math.max(8, Math.round(slide.notes.length / 4)));
  });
});

describe('planning pieces', () => {
  it('trims at the last clause boundary that fits', () => {
    expect(trimAtClause('要明确目标，就是要争星晋位，做大做强产业集聚区', 14)).toEqual({ text: '要明确目标，就是要争星晋位', rest: '做大做强产业集聚区', midClause: false });
    expect(trimAtClause('努力在推进京津冀协同发展和高标准高质量建设雄安新区中彰显新担当', 20).midClause).toBe(true);
    expect(clip('要明确目标，就是要争星晋位，做大做强产业集聚区', 14)).toBe('要明确目标，就是要争星晋位……');
    expect(clip('短句', 14)).toBe('短句');
  });

  it('finds figures with the clause they stand in', () => {
    expect(findFigures('生产总值增长8.3%，没有完成8.5%的目标；连续7年第一。')).toEqual([
      { value: '增长8.3%', context: '生产总值增长8.3%' },
      { value: '8.5%', context: '没有完成8.5%的目标' },
      { value: '连续7年', context: '连续7年第一' },
    ]);
  });

  it('keeps a figure whole with its unit, and captions it with a whole clause or the listed item that holds it', () => {
    const text = '全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升，粮食产量稳定在760亿斤以上，新增就业86万人。';
    const figures = findFigures(text, 5);
    expect(figures.map((f) => f.value)).toEqual(['3.68万亿元', '760亿斤', '86万人']);
    expect(figures[0].context).toBe('全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元');
    for (const f of figures) expect(text).toContain(f.context);
  });

  it("takes the sentences that carry a point's requirements, never a quotation of others, a question or a remark", () => {
    const text = '要进一步提高思想认识。孔子说：“过而不改，是谓过矣。”孔子就是一个不要面子的人。为什么要这样做？各级党委要切实担负起主体责任，确保年底前完成。全年投资增长12%。';
    expect(keySentences(text, 0, text.length, 5, 44).map((b) => b.text)).toEqual(['要进一步提高思想认识', '各级党委要切实担负起主体责任，确保年底前完成', '全年投资增长12%']);
  });

  it('trims a bullet only where a clause ends and no quote is left open', () => {
    const long = '要深入开展“学习强国、实干兴邦、奋勇争先、敢为人先、勇立潮头”主题实践活动，推动各项工作落地见效，确保取得实实在在的成果';
    const [bullet] = keySentences(long, 0, long.length, 1, 40);
    expect(keySentences(long, 0, long.length, 1, 30)).toEqual([]);
    expect(bullet.text.endsWith('……')).toBe(true);
    expect(balanced(bullet.text.replace(/……$/, ''))).toBe(true);
  });

  it('continues a point with more bullets than fit on a "（续）" slide, splitting its notes', () => {
    const items = [...'一二三四五六七八九十'].map((n) => `${n}要把这一项工作切实抓紧抓好抓出成效，确保按期完成任务。`);
    const text = `一、关于重点工作\n第一，要抓好十项工作。${items.join('')}\n第二，要抓好落实。\n二、关于其他工作`;
    const { deck } = deckOf(text);
    const points = deck.slides.filter((s) => s.kind === 'point');
    const first = points.filter((s) => s.title.startsWith('第一'));
    expect(first.length).toBeGreaterThan(1);
    expect(first[1]).toMatchObject({ title: '第一，要抓好十项工作（续）', continuation: true });
    expect(first.flatMap((s) => s.bullets)).toHaveLength(10);
    expect(first.map((s) => s.notes).join('')).toBe(text.split('\n')[1]);
  });

  it('gives a speech without enumeration one slide a paragraph, inventing no points', () => {
    const { deck } = deckOf('同志们：\n今天的会议很重要。大家要认真学习领会，抓好贯彻落实。\n会后，各单位要及时传达。');
    expect(deck.slides.map((s) => s.kind)).toEqual(['cover', 'paragraph', 'paragraph', 'closing']);
    expect(deck.slides[1].title).toBe('今天的会议很重要');
  });
});
