// The HTML document every page of speechdeck is: Chinese, UTF-8, no favicon request, its own head.
import { escapeHtml } from './escape.js';
import { allowScript, cspMeta, scriptText, type PolicyOptions } from './csp.js';

export interface HtmlDocument {
  title: string;
  /** Tags for the head, after the title: styles, scripts, fonts. */
  head: string;
  /** What the page's Content-Security-Policy allows beyond its own files. */
  csp: PolicyOptions;
  /** Attributes of `<body>`, values unescaped. */
  body?: Record<string, string | undefined>;
  content: string;
}

export function htmlDocument(doc: HtmlDocument): string {
  const attrs = Object.entries(doc.body ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="generator" content="speechdeck">
${cspMeta(doc.csp)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(doc.title)}</title>
${doc.head}
</head>
<body${attrs}>
${doc.content}
</body>
</html>
`;
}

/** A page with a script written into it, before `</body>`, and its policy allowing that script. */
export const inlineScript = (html: string, js: string): string =>
  allowScript(html, js).replace('</body>', () => `<script>${scriptText(js)}</script>\n</body>`);
