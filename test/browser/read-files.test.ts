// The files offices really have, made from the sample speech: an old Word .doc and a PDF from
// LibreOffice, a PDF printed by Chromium as a 公文 page (first-line indents, a running head and
// — N — page numbers on every page), a copy out of a PDF viewer hard-wrapped at 28 characters,
// and a saved WeChat article. Each must give the outline of the speech itself; a scanned PDF, an
// encrypted one and a corrupt .doc each exit 1 with a reason naming the file, and write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { hasShared, ROOT, SAMPLE, SHARED, speechdeck } from '../helpers.js';

const CORPUS_GOLD = join(SHARED, 'corpus', 'gold');
import { browserMissing, launch } from './launch.js';

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version']).status === 0);
// In CI LibreOffice must be there (.ci/run installs it); elsewhere its cases skip without it.
const office = !!soffice || !!process.env.CI;

const sampleLines = readFileSync(SAMPLE, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The outline JSON without line ranges (a PDF's lines are not the text file's). */
const outlineOf = (file: string): unknown => {
  const r = speechdeck('outline', file, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout, (key, value) => (key === 'range' || key === 'diagnostics' ? undefined : value));
};

/** Slide-point F1 of a file against the sample's gold outline, by ../shared/eval/score.mjs. */
const goldF1 = (file: string, dir: string): number => {
  const texts = join(dir, `gold-${Math.random().toString(36).slice(2)}`);
  mkdirSync(texts);
  copyFileSync(file, join(texts, `seed${file.slice(file.lastIndexOf('.'))}`));
  const out = execFileSync(process.execPath, [join(SHARED, 'eval/score.mjs'), '--gold', join(CORPUS_GOLD, 'seed.json'), '--texts', texts, '--cmd', `node ${JSON.stringify(join(ROOT, 'bin/speechdeck.js'))} outline {} --json`], { encoding: 'utf8' });
  return Number(/slide-point F1 \(depth 1-2\) ([\d.]+)/.exec(out)![1]);
};

/** The sample as a 公文 page: title centred, paragraphs indented two characters, 16 pt on A4, head and page numbers in the margins. */
function officialPage(): string {
  const css = createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc/wght.css');
  const [title, ...body] = sampleLines;
  return `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="${pathToFileURL(css)}">
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @top-center { content: "${title}"; font: 10pt 'Noto Sans SC Variable' }
  @bottom-center { content: "— " counter(page) " —"; font: 12pt 'Noto Sans SC Variable' } }
body { font: 16pt/28pt 'Noto Sans SC Variable'; margin: 0 }
h1 { font-size: 22pt; text-align: center; margin: 0 0 28pt }
p { text-indent: 2em; margin: 0; text-align: justify }
</style><h1>${escape(title)}</h1>${body.map((l) => `<p>${escape(l)}</p>`).join('')}`;
}

/** The sample as copied out of a PDF viewer: 28 characters a line, a running head and — N — every 22 lines. */
function hardWrapped(): string {
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
function wechatPage(): string {
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

describe.skipIf(browserMissing)('the files offices have', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-files-'));
  const files: Record<string, string> = {};
  let browser: Browser;
  let expected: unknown;

  beforeAll(async () => {
    expected = outlineOf(SAMPLE);
    browser = await launch();
    const page = await browser.newPage();
    writeFileSync(join(dir, 'official.html'), officialPage());
    await page.goto(pathToFileURL(join(dir, 'official.html')).href);
    await page.evaluate(() => document.fonts.ready);
    files['a PDF printed by Chromium as a 公文 page'] = join(dir, 'printed.pdf');
    writeFileSync(files['a PDF printed by Chromium as a 公文 page'], await page.pdf({ preferCSSPageSize: true }));
    // A scan: the page as a picture, with no text in the PDF.
    const picture = await page.screenshot({ type: 'png' });
    await page.setContent(`<img src="data:image/png;base64,${picture.toString('base64')}" style="width:100%">`);
    writeFileSync(join(dir, 'scan.pdf'), await page.pdf());
    writeFileSync((files['a copy out of a PDF viewer, hard-wrapped'] = join(dir, 'copied.txt')), hardWrapped());
    writeFileSync((files['a saved WeChat article'] = join(dir, 'wechat.html')), wechatPage());
    if (soffice) {
      const convert = (to: string, file: string, out = dir) =>
        execFileSync(soffice, ['--headless', '--convert-to', to, '--infilter=Text (encoded):UTF8,LF,,,', '--outdir', out, file], { stdio: 'ignore', timeout: 120_000 });
      copyFileSync(SAMPLE, join(dir, 'speech.txt'));
      convert('doc:MS Word 97', join(dir, 'speech.txt'));
      convert('pdf', join(dir, 'speech.txt'));
      files['an old Word .doc from LibreOffice'] = join(dir, 'speech.doc');
      files['a PDF from LibreOffice'] = join(dir, 'speech.pdf');
      mkdirSync(join(dir, 'locked'));
      convert('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"abc"}}', join(dir, 'speech.txt'), join(dir, 'locked'));
    }
  }, 180_000);
  afterAll(() => browser?.close());

  const cases = ['an old Word .doc from LibreOffice', 'a PDF from LibreOffice', 'a PDF printed by Chromium as a 公文 page', 'a copy out of a PDF viewer, hard-wrapped', 'a saved WeChat article'];
  for (const what of cases) {
    const needsOffice = what.includes('LibreOffice');
    it.skipIf(needsOffice && !office)(`${what}: the outline of the speech itself`, () => {
      expect(outlineOf(files[what])).toEqual(expected);
      if (hasShared) expect(goldF1(files[what], dir)).toBe(1);
    });
  }

  it('says how many broken lines of a copy it joined', () => {
    expect(speechdeck('outline', files['a copy out of a PDF viewer, hard-wrapped']).stderr).toMatch(/已合并 \d+ 处/);
  });

  const refused: Array<[string, () => string, RegExp, boolean]> = [
    ['a scanned PDF', () => join(dir, 'scan.pdf'), /没有文字层（是扫描件或图片），本工具不识别图片中的文字/, false],
    ['an encrypted PDF', () => join(dir, 'locked', 'speech.pdf'), /设置了打开密码/, true],
    ['a corrupt .doc', () => (writeFileSync(join(dir, 'broken.doc'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(3000, 7)])), join(dir, 'broken.doc')), /无法读取这个旧版 Word 文件/, false],
  ];
  for (const [what, make, reason, needsOffice] of refused) {
    it.skipIf(needsOffice && !office)(`${what}: exit 1 naming the file, nothing written`, () => {
      const file = make();
      const out = join(dir, `out-${what.length}`);
      const r = speechdeck('build', file, '-o', out);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n').pop()).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*${reason.source}`));
      expect(existsSync(out)).toBe(false);
      expect(existsSync(dirname(out))).toBe(true);
    });
  }
});
