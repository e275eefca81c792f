// The sample speech as the files offices pass around, made in the tests: a 公文 page for Chromium
// to print, a copy out of a PDF viewer, a saved WeChat article.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { SAMPLE } from '../helpers.js';

export const sampleLines = readFileSync(SAMPLE, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A speech (the sample by default) as a 公文 page: title centred, paragraphs indented two characters, 16 pt on A4, head and page numbers in the margins. */
export function officialPage(lines: readonly string[] = sampleLines): string {
  const css = createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc/wght.css');
  const [title, ...body] = lines;
  // A title is set large and repeated as the running head; a text that opens with a paragraph has none.
  const head = title.length <= 40 ? title.replace(/["\\]/g, '') : '';
  return `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="${pathToFileURL(css)}">
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @top-center { content: "${head}"; font: 10pt 'Noto Sans SC Variable' }
  @bottom-center { content: "— " counter(page) " —"; font: 12pt 'Noto Sans SC Variable' } }
body { font: 16pt/28pt 'Noto Sans SC Variable'; margin: 0 }
h1 { font-size: 22pt; text-align: center; margin: 0 0 28pt }
p { text-indent: 2em; margin: 0; text-align: justify }
</style>${head ? `<h1>${escape(title)}</h1>` : `<p>${escape(title)}</p>`}${body.map((l) => `<p>${escape(l)}</p>`).join('')}`;
}

/** The sample as copied out of a PDF viewer: 28 characters a line, a running head and — N — every 22 lines. */
export function hardWrapped(): string {
  const lines = sampleLines.flatMap((p, i) => {
    const text = i === 0 ? p : `\u3000\u3000${p}`;
    return Array.from({ length: Math.ceil(text.length / 28) }, (_, k) => text.slice(k * 28, k * 28 + 28));
  });
  const out: string[] = [];
  for (let page = 0; page * 22 < lines.length; page++) {
    if (page) out.push('工作推进会领导讲话材料');
    out.push(...lines.slice(page * 22, page * 22 + 22), `— ${page + 1} —`);
  }
  return out.join('\n');
}

/** The sample as a saved WeChat article: account, date, follow prompts, credits, QR code and toolbar around it. */
export function wechatPage(): string {
  const [title, ...body] = sampleLines;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body id="activity-detail">
<div class="rich_media_wrp" id="img-content"><h1 class="rich_media_title" id="activity-name">${escape(title)}</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">市委办公室</span><span id="profileBt"><a id="js_name">商丘发布</a></span><em id="publish_time">2016-04-28 18:30</em></div>
<div class="rich_media_content" id="js_content"><section><p style="text-align:center"><span>点击上方蓝字关注我们</span></p></section>
${body.map((l) => `<p style="text-indent:2em"><span style="font-size:16px">${escape(l)}</span></p>`).join('\n')}
<p>来源：商丘日报</p><p>编辑：张三　审核：李四</p><section><img data-src="x.jpg"><p>长按识别二维码关注我们</p></section>
<p>往期推荐</p><p><a href="https://mp.weixin.qq.com/s/abc">重磅！全市重点工作推进会召开</a></p></div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 1.2万</span><a>赞 86</a><a>在看 35</a></div></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div></body></html>`;
}
