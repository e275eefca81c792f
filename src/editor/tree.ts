// The outline as the editor shows it: a tree of points, each with the edits it allows.
import type { Outline, Point } from '../types.js';
import type { OutlineEdit, PointPath } from '../outline/edit.js';
import { pointHeading } from '../outline/format.js';

export interface TreeActions {
  edit(edit: OutlineEdit): void;
  /** Asks the user something; null when they cancel. */
  ask(question: string, answer: string): string | null;
  /** Tells the user why an operation was not done. */
  tell(message: string): void;
}

const button = (label: string, title: string, onClick: () => void): HTMLButtonElement => {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.title = title;
  b.addEventListener('click', onClick);
  return b;
};

function pointItem(point: Point, path: PointPath, text: string, actions: TreeActions): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.path = path.join('.');
  const label = document.createElement('span');
  label.className = 'point';
  label.textContent = pointHeading(point);
  const line = document.createElement('small');
  line.textContent = ` 第 ${point.range[0]} 行`;
  li.append(
    label,
    line,
    button('升级', '移到上一级', () => actions.edit({ op: 'promote', path })),
    button('降级', '放到前一个要点之下', () => actions.edit({ op: 'demote', path })),
    button('合并', '并入前一个要点', () => actions.edit({ op: 'merge', path })),
    button('拆分', '从某一句起拆出一个新要点', () => {
      const start = actions.ask('从哪一句起拆出新要点？请输入该句开头的几个字：', '');
      if (!start) return;
      const at = text.indexOf(start, point.head[1]);
      if (at > point.head[1] && at < point.span[1]) actions.edit({ op: 'split', path, at });
      else actions.tell(`没有在“${pointHeading(point)}”这一要点的原文里找到“${start}”：请输入本要点之内某一句开头的几个字。`);
    }),
  );
  if (point.points.length) li.append(pointList(point.points, path, text, actions));
  return li;
}

function pointList(points: Point[], parent: PointPath, text: string, actions: TreeActions): HTMLOListElement {
  const ol = document.createElement('ol');
  points.forEach((p, i) => ol.append(pointItem(p, [...parent, i], text, actions)));
  return ol;
}

export function renderTree(container: HTMLElement, outline: Outline, text: string, actions: TreeActions): void {
  container.replaceChildren(outline.points.length ? pointList(outline.points, [], text, actions) : Object.assign(document.createElement('p'), { textContent: '没有找到序号结构：幻灯片将按段落生成。' }));
}
