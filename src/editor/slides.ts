// The slides as the editor lists them, each one's fixes where the slide is: its title edited in
// place (with a warning when it is no longer the speech's words), its bullets removed, moved or
// chosen from the point's other sentences, its figure cards removed or restored, the slide hidden
// or shown again. The cover's fields are a small form of their own.
import type { Deck, Slide, SpeechMeta } from '../types.js';
import type { CoverField, EditedDeck } from '../plan/deck-edits.js';
import type { Fix } from './history.js';
import { splitSentences } from '../plan/clauses.js';

export interface SlideActions {
  fix(fix: Fix): void;
  select(key: string): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const button = (label: string, title: string, onClick: () => void): HTMLButtonElement => {
  const b = el('button', { type: 'button', textContent: label, title });
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
};

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The fixes of one slide, under its row. */
function slidePanel(key: string, slide: Slide, planned: Slide, speechText: string, actions: SlideActions): HTMLElement {
  const panel = el('div', { className: 'slide-panel' });
  const fix = (f: Fix): void => actions.fix(f);
  if (slide.kind !== 'cover') {
    const title = el('input', { className: 'slide-title', value: slide.title, title: '幻灯片标题（讲稿原文不变）' });
    title.addEventListener('change', () => fix({ kind: 'deck', op: 'slide-title', key, title: title.value }));
    panel.append(el('label', {}, '标题 ', title));
    if (!squeeze(speechText).includes(squeeze(slide.title).replace(/……$/, ''))) panel.append(el('p', { className: 'warn', textContent: '提示：这个标题是您改写的，不是讲稿原话（讲稿原文不受影响）。' }));
  }
  const bullets = slide.bullets;
  if (bullets.length || slide.kind === 'point') {
    const list = el('ol', { className: 'bullets' });
    bullets.forEach((b, i) => {
      const move = (to: number) => {
        const next = [...bullets];
        next.splice(to, 0, ...next.splice(i, 1));
        fix({ kind: 'deck', op: 'bullets', key, bullets: next });
      };
      list.append(
        el(
          'li',
          {},
          el('span', { textContent: b }),
          button('↑', '上移', () => i > 0 && move(i - 1)),
          button('↓', '下移', () => i < bullets.length - 1 && move(i + 1)),
          button('删除', '从这一页删去这一条（讲稿原文不变）', () => fix({ kind: 'deck', op: 'bullets', key, bullets: bullets.filter((_, k) => k !== i) })),
        ),
      );
    });
    // A sentence already on the slide, whole or trimmed (…), is not offered again.
    const onSlide = (s: string): boolean => bullets.some((b) => { const core = b.replace(/……$/, ''); return s.includes(core) || core.includes(s); });
    const sentences = splitSentences(planned.notes, 0, planned.notes.length)
      .map((s) => s.text.trim())
      .filter((s) => s && !onSlide(s));
    const choose = el('select', { className: 'add-sentence', title: '从本页对应的讲稿原文中选一句作为要点' }, el('option', { value: '', textContent: '＋ 从原文选一句加为要点…' }), ...sentences.map((s) => el('option', { value: s, textContent: s.length > 40 ? `${s.slice(0, 40)}…` : s })));
    choose.addEventListener('change', () => choose.value && fix({ kind: 'deck', op: 'bullets', key, bullets: [...bullets, choose.value] }));
    panel.append(el('div', { className: 'group' }, '要点', list, sentences.length ? choose : ''));
  }
  const kept = slide.figures.map((f) => f.value);
  if (planned.figures.length) {
    const figures = el('ul', { className: 'figures' });
    for (const f of planned.figures) {
      const shown = kept.includes(f.value);
      figures.append(
        el(
          'li',
          { className: shown ? '' : 'removed' },
          el('strong', { textContent: f.value }),
          ` ${f.context} `,
          shown
            ? button('删除', '不在这一页显示这个数字', () => fix({ kind: 'deck', op: 'figures', key, values: kept.filter((v) => v !== f.value) }))
            : button('恢复', '重新显示这个数字', () => fix({ kind: 'deck', op: 'figures', key, values: planned.figures.map((p) => p.value).filter((v) => v === f.value || kept.includes(v)) })),
        ),
      );
    }
    panel.append(el('div', { className: 'group' }, '关键数字', figures));
  }
  if (slide.kind !== 'cover') panel.append(button('隐藏此页', '放映和导出时不要这一页（可以再显示）', () => fix({ kind: 'deck', op: 'hide', key, hidden: true })));
  return panel;
}

/** The slide list: every slide, the selected one open for its fixes; hidden slides at the end. */
export function renderSlides(container: HTMLElement, edited: EditedDeck, planned: Deck, plannedKeys: readonly string[], selected: string | null, speechText: string, actions: SlideActions): void {
  const plannedOf = (key: string): Slide => planned.slides[plannedKeys.indexOf(key)];
  const list = el('ol', { id: 'slide-list' });
  // Hidden slides stay where they stand, greyed, with the way back on their row.
  for (const { key, slide, hidden } of edited.all) {
    const row = el('li', { className: [key === selected ? 'selected' : '', hidden ? 'hidden-slide' : ''].join(' ').trim() }, el('span', { className: 'slide-label', textContent: slide.title }));
    row.dataset.key = key;
    if (hidden) row.append(button('显示', '重新放进幻灯片', () => actions.fix({ kind: 'deck', op: 'hide', key, hidden: false })));
    else {
      row.addEventListener('click', () => key !== selected && actions.select(key));
      if (key === selected) row.append(slidePanel(key, slide, plannedOf(key), speechText, actions));
    }
    list.append(row);
  }
  container.replaceChildren(list);
}

const COVER_FIELDS: Array<[CoverField, string]> = [['title', '标题'], ['meeting', '会议'], ['speaker', '讲话人'], ['date', '日期']];

/** The cover's fields: each change is a fix, kept and undoable like the others. */
export function renderCover(form: HTMLElement, meta: SpeechMeta, actions: SlideActions): void {
  const inputs = COVER_FIELDS.map(([field, label]) => {
    const input = el('input', { name: field, value: meta[field] ?? '' });
    input.addEventListener('change', () => actions.fix({ kind: 'deck', op: 'cover', field, value: input.value }));
    return el('label', {}, label, input);
  });
  const theme = el('select', { name: 'theme' }, el('option', { value: 'official', textContent: '红色（党政）' }), el('option', { value: 'plain', textContent: '浅色' }));
  theme.value = meta.theme === 'plain' ? 'plain' : 'official';
  theme.addEventListener('change', () => actions.fix({ kind: 'deck', op: 'cover', field: 'theme', value: theme.value }));
  form.replaceChildren(...inputs, el('label', {}, '配色', theme));
}
