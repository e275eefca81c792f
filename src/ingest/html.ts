// A saved web page → the article's text, one paragraph a line. The article is the element whose
// own paragraphs hold the most text; navigation, scripts, share widgets, 字号 controls, captions
// and link-only paragraphs are left out.
import { parse, type HTMLElement } from 'node-html-parser';
import type { SourceLine } from './source-line.js';

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

const HEADING = /^H[1-6]$/;
const STRONG = new Set(['STRONG', 'B']);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A block's lines, the first one styled: a heading element, or a paragraph that opens with bold text. */
function blockLines(node: HTMLElement): SourceLine[] {
  const lines = node.text.split('\n').map(oneLine).filter(Boolean);
  if (!lines.length) return [];
  const first: SourceLine = { text: lines[0] };
  if (HEADING.test(node.tagName)) first.heading = true;
  const lead = node.childNodes.find((c) => (c as HTMLElement).tagName || c.text.trim()) as HTMLElement | undefined;
  if (lead?.tagName && STRONG.has(lead.tagName)) {
    const bold = oneLine(lead.text).length;
    if (bold && lines[0].startsWith(oneLine(lead.text))) first.bold = bold;
  }
  return [first, ...lines.slice(1).map((text) => ({ text }))];
}

/** A saved web page → the article's lines, with what its markup says of them. */
export function htmlLines(html: string): SourceLine[] {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  for (const el of root.querySelectorAll(DROP)) el.remove();
  for (const el of root.querySelectorAll('[class]')) if (CHROME_CLASS.test(el.getAttribute('class') ?? '')) el.remove();
  for (const br of root.querySelectorAll('br')) br.replaceWith('\n');
  const article = findArticle(root);
  const lines: SourceLine[] = [];
  const walk = (el: HTMLElement): void => {
    for (const child of el.childNodes) {
      const node = child as HTMLElement;
      if (!node.tagName) {
        const text = node.text.trim();
        if (text) lines.push({ text });
      } else if (BLOCK.has(node.tagName) && !node.querySelector('p, div, li')) {
        if (!isLinkOnly(node)) lines.push(...blockLines(node));
      } else walk(node);
    }
  };
  walk(article);
  // A page that sets its title apart from the article body (WeChat's #activity-name, most
  // government templates): the one h1 outside the article is the speech's title.
  const titles = root.querySelectorAll('h1').filter((h) => !article.querySelectorAll('h1').includes(h) && textOf(h));
  if (titles.length === 1 && !article.querySelector('h1, h2')) lines.unshift({ text: oneLine(titles[0].text), heading: true });
  return lines;
}
