// The pages the plugin serves and emits: one per deck, an index of decks, an error page.
import type { DeckBuild } from '../pipeline.js';
import { escapeHtml, renderPage, type PageAssets } from '../render/index.js';
import { htmlDocument } from '../render/document.js';
import { policyOf } from '../render/page.js';
import { formatDiagnostic } from '../diagnostics.js';
import type { DeckSource } from './decks.js';

export function deckPage(build: DeckBuild, source: DeckSource, assets: PageAssets): string {
  if (build.failed) return errorPage(source, build.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, build.source)), assets);
  return renderPage(build.rendered, { assets, deckId: source.id });
}

const STYLE = `<style>body{font:18px/1.6 'Noto Sans SC',sans-serif;margin:48px auto;max-width:760px;padding:0 24px}a{color:#c00000}pre{white-space:pre-wrap;background:#fff4f0;padding:16px;border-left:4px solid #c00000}</style>`;

const shell = (title: string, content: string, assets: PageAssets, deckId?: string): string =>
  htmlDocument({ title, head: `${assets.head}\n${STYLE}`, csp: policyOf(assets), body: { 'data-deck': deckId }, content });

export function errorPage(source: DeckSource, messages: string[], assets: PageAssets): string {
  return shell(`无法生成：${source.id}`, `<h1>无法生成幻灯片</h1><pre>${escapeHtml(messages.join('\n'))}</pre><p>修改并保存 ${escapeHtml(source.file)} 后，本页会自动刷新。</p>`, assets, source.id);
}

export function indexPage(decks: ReadonlyArray<{ source: DeckSource; title: string }>, assets: PageAssets, prefix: string): string {
  const items = decks.map(({ source, title }) => `<li><a href="${prefix}${encodeURIComponent(source.id)}/">${escapeHtml(title)}</a>（${escapeHtml(source.id)}）</li>`);
  return shell('讲稿成片', `<h1>讲稿成片</h1><p><a href="${prefix}editor/">打开编辑器</a>：粘贴或拖入讲稿，检查提纲，预览、放映、导出。</p><ul>${items.join('')}</ul>`, assets);
}
