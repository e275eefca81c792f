import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLE, speechdeck } from './helpers.js';
import { spawn } from 'node:child_process';

describe('speechdeck outline', () => {
  it('prints the outline JSON of DESIGN.md', () => {
    const { code, stdout } = speechdeck('outline', SAMPLE, '--json');
    expect(code).toBe(0);
    const outline = JSON.parse(stdout);
    expect(outline).toMatchObject({ title: '工作推进会领导讲话材料', meta: {}, diagnostics: [] });
    expect(outline.points[0]).toMatchObject({ marker: '一、', headline: '关于经济工作', range: [6, 15] });
    expect(outline.points[0].points[3]).toMatchObject({ marker: '第一，', headline: '要全力完成各项目标任务', points: [] });
  });

  it('prints a readable tree with line numbers, and warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-'));
    const file = join(dir, '讲话.txt');
    writeFileSync(file, '我强调三点：\n第一，要抓落实。\n第二，要见实效。\n');
    const { code, stdout, stderr } = speechdeck('outline', file);
    expect(code).toBe(0);
    expect(stdout).toContain('第一，要抓落实 [L2]\n第二，要见实效 [L3]');
    expect(stderr).toContain(`${file}:1: 警告：“我强调三点”预告了 3 点，随后找到 2 点`);
    expect(speechdeck('outline', file, '--strict').code).toBe(1);
  });
});

describe('speechdeck md', () => {
  it('prints the deck Markdown, slides separated by ---, notes after Note:', () => {
    const { code, stdout } = speechdeck('md', SAMPLE);
    expect(code).toBe(0);
    // The theme the speech's words chose is written down with the deck, where a user may change it.
    expect(stdout.startsWith('---\nspeechdeck: deck\ntitle: "工作推进会领导讲话材料"\ntheme: "official"\n---\n')).toBe(true);
    expect(stdout.split('\n---\n')).toHaveLength(22);
    expect(stdout).toContain('## 第一，要全力完成各项目标任务');
    expect(stdout.match(/^Note:$/gm)!.length).toBeGreaterThanOrEqual(20);
  });

  it('builds from an edited *.deck.md as it stands', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-'));
    const file = join(dir, 'edited.deck.md');
    writeFileSync(file, speechdeck('md', SAMPLE).stdout.replace('## 第一，要全力完成各项目标任务', '## 第一，改过的标题'));
    const out = join(dir, 'site');
    expect(speechdeck('build', file, '-o', out).code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<h2>第一，改过的标题</h2>');
  });

  it('knows a deck by its front matter under any name, and every command takes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-'));
    const file = join(dir, 'slides.md');
    const markdown = speechdeck('md', SAMPLE).stdout.replace('## 第一，要全力完成各项目标任务', '## 第一，改过的标题');
    writeFileSync(file, markdown);
    // Not planned again: the Markdown comes back as it was written.
    expect(speechdeck('md', file).stdout).toBe(markdown);
    expect(speechdeck('outline', file).stderr).toContain('已排好的幻灯片 Markdown');
    const pptx = join(dir, 'slides.pptx');
    expect(speechdeck('pptx', file, '-o', pptx).code).toBe(0);
    const fromSpeech = join(dir, 'speech.pptx');
    expect(speechdeck('pptx', SAMPLE, '-o', fromSpeech).code).toBe(0);
    const slides = async (f: string) => {
      const zip = await JSZip.loadAsync(readFileSync(f));
      const names = Object.keys(zip.files).filter((n) => /^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(n)).sort();
      return Promise.all(names.map((n) => zip.file(n)!.async('string')));
    };
    const edited = (await slides(pptx)).map((xml) => xml.replace('第一，改过的标题', '第一，要全力完成各项目标任务'));
    expect(edited).toEqual(await slides(fromSpeech));
    // A speech in Markdown without the mark is still a speech.
    writeFileSync(join(dir, 'speech.md'), '---\ntitle: 讲话\n---\n第一，要抓落实。\n第二，要见实效。\n');
    expect(speechdeck('outline', join(dir, 'speech.md')).stdout).toContain('第一，要抓落实');
  });
});

describe('themes', () => {
  it('takes the theme from --theme over front matter, official by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-'));
    expect(speechdeck('build', SAMPLE, '-o', join(dir, 'a')).code).toBe(0);
    expect(readFileSync(join(dir, 'a', 'index.html'), 'utf8')).toContain('<div class="reveal theme-official">');
    const file = join(dir, 'plain.md');
    writeFileSync(file, '---\ntheme: plain\n---\n第一，要抓落实。\n第二，要见实效。\n');
    expect(speechdeck('md', file).stdout).toContain('theme: "plain"');
    expect(speechdeck('build', file, '-o', join(dir, 'b')).code).toBe(0);
    expect(readFileSync(join(dir, 'b', 'index.html'), 'utf8')).toContain('<div class="reveal theme-plain">');
    expect(speechdeck('build', file, '--theme', 'official', '-o', join(dir, 'c')).code).toBe(0);
    expect(readFileSync(join(dir, 'c', 'index.html'), 'utf8')).toContain('<div class="reveal theme-official">');
  });
});

describe('exit codes', () => {
  it('exits 1 with a one-line reason naming the file', () => {
    const { code, stderr } = speechdeck('outline', 'no-such-speech.txt');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('no-such-speech.txt: 文件不存在');
  });

  it('exits 1 on an empty speech and writes no deck', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-'));
    writeFileSync(join(dir, 'empty.txt'), '\u3000\n');
    const { code, stderr } = speechdeck('build', join(dir, 'empty.txt'), '-o', join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr).toContain('没有讲话正文');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 2 on bad usage', () => {
    expect(speechdeck().code).toBe(2);
    expect(speechdeck('frobnicate', SAMPLE).code).toBe(2);
    expect(speechdeck('outline').code).toBe(2);
    // `pdf` starts the browser before it reads its arguments, and closes it when they are wrong.
    expect(speechdeck('pdf').code).toBe(2);
    expect(speechdeck('pdf', '--help').code).toBe(0);
  });

  it('says which themes there are when asked for one that is not', () => {
    const r = speechdeck('md', SAMPLE, '--theme', 'red');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('未知的主题 red：可选 official、plain');
  });

  it('says what is wrong with a dev server before it starts one', () => {
    const missing = speechdeck('dev', join(ROOT, 'no-such-folder'));
    expect([missing.code, missing.stderr.trim()]).toEqual([1, `${join(ROOT, 'no-such-folder')}: 文件夹不存在`]);
    const file = speechdeck('dev', SAMPLE);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/dev 要的是放讲稿的文件夹，不是一个文件/);
    const port = speechdeck('dev', join(ROOT, 'slides'), '--port', 'abc');
    expect([port.code, port.stderr.trim()]).toEqual([1, '--port abc: 端口应是 1–65535 之间的整数']);
    expect(port.stdout).toBe('');
  });

  it('never sends a control character from a speech to the terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-ctl-'));
    writeFileSync(join(dir, 'ctl.txt'), '一、关于\x1b[2J工作\n要抓落实。\n二、关于民生\n要兜底线。\n');
    const r = speechdeck('outline', join(dir, 'ctl.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.stdout).toContain('一、关于\\x1b[2J工作');
  });

  it('helps in Chinese', () => {
    for (const args of [['--help'], ['build', '--help'], ['pdf', '--help']]) {
      const r = speechdeck(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('用法');
      expect(r.stdout).not.toMatch(/Usage|Options|Commands|Display|For more info|default:/);
    }
  });
});

describe('--watch', () => {
  it('builds again each time the speech is saved, and goes on after a failed run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-watch-'));
    const file = join(dir, '讲话.txt');
    writeFileSync(file, '第一，要抓落实。\n第二，要见实效。\n');
    const child = spawn(process.execPath, [join(ROOT, 'bin/speechdeck.js'), 'pptx', file, '--watch']);
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    const seen = (text: string, times = 1) => expect.poll(() => err.split(text).length - 1, { timeout: 15_000 }).toBeGreaterThanOrEqual(times);
    try {
      await seen('正在监视');
      await seen('已生成', 1);
      writeFileSync(file, '\u3000\n');
      await seen('没有讲话正文');
      writeFileSync(file, '第一，要抓落实。\n第二，要见实效。\n第三，要守底线。\n');
      await seen('已生成', 2);
      const zip = await JSZip.loadAsync(readFileSync(join(dir, '讲话.pptx')));
      expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length).toBeGreaterThan(3);
      expect(child.exitCode).toBe(null);
    } finally {
      child.kill();
    }
  });
});

