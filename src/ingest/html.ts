// A saved web page → the article's text, one paragraph a line. The article is the element whose
// own paragraphs hold the most text; navigation, scripts, share widgets, 字号 controls, captions
// and link-only paragraphs are left out.
import { parse, type HTMLElement } from 'node-html-parser';

const DROP = 'script, style, noscript, template, iframe, nav, header, footer, form, button, select, svg, figcaption, aside';
/** Classes that mark chrome or captions inside an article. */
const CHROME_CLASS = /(?:^|[\s_-])(?:photo_title|caption|pic_?title|img_?title|share|toolbar|zihao|font-?size|breadcrumb|related|comment)(?:$|[\s_-])/i;
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'TD']);

const textOf = (el: HTMLElement): string => el.text.replace(/\s*\n\s*/g, ' ').trim();

/** The element whose direct block children carry the most text. */
function findArticle(root: HTMLElement): HTMLElement {
  let best = root;
  let bestScore = 0;
  for (const el of root.querySelectorAll('*')) {
    let score = 0;
    for (const child of el.childNodes) {
      if ((child as HTMLElement).tagName && BLOCK.has((child as HTMLElement).tagName)) score += textOf(child as HTMLElement).length;
    }
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** A paragraph that is nothing but a link (related articles, “进入学习平台”). */
const isLinkOnly = (el: HTMLElement): boolean => {
  const links = el.querySelectorAll('a');
  return links.length > 0 && links.map(textOf).join('').length >= textOf(el).length;
};

export function htmlToText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  for (const el of root.querySelectorAll(DROP)) el.remove();
  for (const el of root.querySelectorAll('[class]')) if (CHROME_CLASS.test(el.getAttribute('class') ?? '')) el.remove();
  for (const br of root.querySelectorAll('br')) br.replaceWith('\n');
  const article = findArticle(root);
  const lines: string[] = [];
  const walk = (el: HTMLElement): void => {
    for (const child of el.childNodes) {
      const node = child as HTMLElement;
      if (!node.tagName) {
        const text = node.text.trim();
        if (text) lines.push(text);
      } else if (BLOCK.has(node.tagName) && !node.querySelector('p, div, li')) {
        if (!isLinkOnly(node)) lines.push(...node.text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()));
      } else walk(node);
    }
  };
  walk(article);
  return lines.filter(Boolean).join('\n');
}
