import { describe, expect, it } from 'vitest';
import { ingestText } from '../src/ingest/index.js';
import { formatOutline, parseOutline } from '../src/outline/index.js';
import { applyEdits } from '../src/outline/edit.js';
import { planSlides } from '../src/plan/index.js';

const speech = ingestText('一、关于经济工作\n第一，要抓项目。一要快。二要好。\n第二，要抓投资。投资要见效。\n二、关于民生工作\n第一，要办实事。\n第二，要兜底线。', 'a.txt');
const outline = parseOutline(speech);
const tree = (edits: Parameters<typeof applyEdits>[2]) => formatOutline(applyEdits(speech, outline, edits));

describe('editing an outline by hand', () => {
  it('demotes a point under the one before it, and promotes it back out', () => {
    expect(tree([{ op: 'demote', path: [0, 1] }])).toBe(['一、关于经济工作 [L1]', '  第一，要抓项目 [L2]', '    一要快 [L2]', '    二要好 [L2]', '    第二，要抓投资 [L3]', '二、关于民生工作 [L4]', '  第一，要办实事 [L5]', '  第二，要兜底线 [L6]'].join('\n'));
    expect(tree([{ op: 'promote', path: [1, 0] }])).toBe(['一、关于经济工作 [L1]', '  第一，要抓项目 [L2]', '    一要快 [L2]', '    二要好 [L2]', '  第二，要抓投资 [L3]', '二、关于民生工作 [L4]', '第一，要办实事 [L5]', '  第二，要兜底线 [L6]'].join('\n'));
  });

  it('merges a point into the one before, its words and sub-points with it', () => {
    const edited = applyEdits(speech, outline, [{ op: 'merge', path: [0, 1] }]);
    expect(edited.points[0].points).toHaveLength(1);
    expect(speech.text.slice(...edited.points[0].points[0].span)).toBe('第一，要抓项目。一要快。二要好。\n第二，要抓投资。投资要见效。');
  });

  it('splits a new point off at a sentence, and retitles a slide without touching the speech', () => {
    const at = speech.text.indexOf('投资要见效');
    const edited = applyEdits(speech, outline, [{ op: 'split', path: [0, 1], at }, { op: 'title', path: [1], title: '民生' }]);
    expect(formatOutline(edited)).toContain('  第二，要抓投资 [L3]\n  投资要见效 [L3]\n');
    const deck = planSlides(speech, edited);
    expect(deck.slides.some((s) => s.title === '民生')).toBe(true);
    expect(deck.slides.map((s) => s.notes).join('').replace(/\n/g, '')).toBe(speech.text.replace(/\n/g, ''));
  });
});
