// The Content-Security-Policy of every page speechdeck writes: nothing is loaded from the network,
// and no script runs but the project's own — its files, and its inline scripts named by their hash.
// A speech is escaped as text everywhere; this is the second wall, should a page ever fail to.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** A script as the text of an inline `<script>` element: a `</script` in it cannot end the element. */
export const scriptText = (js: string): string => js.replace(/<\/script/gi, '<\\/script');

/** An inline script's CSP source: `'sha256-…'` of its element's text. The same in Node and in the editor's browser. */
export function scriptHash(js: string): string {
  let binary = '';
  for (const byte of sha256(utf8ToBytes(scriptText(js)))) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

export interface PolicyOptions {
  /**
   * Hash sources of the inline scripts the page runs, or that run in a window or frame it writes
   * (the speaker view, the editor's preview and print window inherit its policy).
   * @default []
   */
  hashes?: readonly string[];
  /**
   * The dev server's page: its live reload talks to the same host over a WebSocket.
   * @default false
   */
  dev?: boolean;
}

export function contentSecurityPolicy({ hashes = [], dev = false }: PolicyOptions = {}): string {
  return [
    "default-src 'none'",
    ["script-src 'self'", ...new Set(hashes)].join(' '),
    // Styles: the deck's own sheets, and the inline styles its pages and reveal.js set.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    // The speaker view shows the deck's own page in frames.
    "frame-src 'self'",
    ...(dev ? ["connect-src 'self' ws: wss:"] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy's `<meta>`, first in the head, before anything it governs. */
export const cspMeta = (options: PolicyOptions): string =>
  `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options)}">`;

/** A page's policy allowing one more inline script (a page inlined after it was written). */
export const allowScript = (html: string, js: string): string =>
  html.replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/, (m) => `${m} ${scriptHash(js)}`);
