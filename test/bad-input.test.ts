// Bad files get a clear Chinese reason naming the file, exit code 1, no stack trace, and nothing
// written; a failed build leaves the previous output as it was; an input is never overwritten.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync, readdirSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { deflateRawSync, crc32 } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { SAMPLE, speechdeck } from './helpers.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** A zip of the given parts, deflated; `declare` overrides the size the central directory states. */
function zipOf(parts: Array<[string, Buffer]>, declare: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const packed = deflateRawSync(data);
    const head = (sig: number, size: number): Buffer => {
      const b = Buffer.alloc(sig === 0x04034b50 ? 30 : 46);
      b.writeUInt32LE(sig, 0);
      const at = sig === 0x04034b50 ? 4 : 6;
      b.writeUInt16LE(20, at);
      b.writeUInt16LE(8, at + 4);
      b.writeUInt32LE(crc32(data), at + 10);
      b.writeUInt32LE(packed.length, at + 14);
      b.writeUInt32LE(size, at + 18);
      b.writeUInt16LE(Buffer.byteLength(name), at + 22);
      if (sig !== 0x04034b50) b.writeUInt32LE(offset, 42);
      return b;
    };
    const local = Buffer.concat([head(0x04034b50, data.length), Buffer.from(name), packed]);
    centrals.push(Buffer.concat([head(0x02014b50, declare[name] ?? data.length), Buffer.from(name)]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

const paragraphs = (n: number): Buffer =>
  Buffer.from(`<w:document><w:body>${Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>第${i}段，要抓落实。</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);

const BAD: Array<[string, string, (file: string) => void, RegExp]> = [
  ['empty', '空.txt', (f) => writeFileSync(f, ''), /没有讲话正文/],
  ['whitespace only', '空白.txt', (f) => writeFileSync(f, ' \n\u3000\u3000\r\n\t\n'), /没有讲话正文/],
  ['a picture renamed .txt', '图片.txt', (f) => writeFileSync(f, PNG), /这是PNG 图片，不是文本/],
  ['a truncated .docx', '讲话.docx', (f) => writeFileSync(f, Buffer.from('504b0304140000000800', 'hex')), /无法读取这个 Word 文件/],
  ['a Big5 file', '繁體.txt', (f) => writeFileSync(f, iconv.encode('各位同志：今天我們召開這次會議，主要是總結過去一年的工作，部署今年的任務。'.repeat(20), 'big5')), /无法识别文件编码/],
  ['a zip bomb', '炸弹.docx', (f) => writeFileSync(f, zipOf([['word/document.xml', paragraphs(10)], ['word/media/a.bin', Buffer.alloc(48 * 1024 * 1024)]])), /膨胀 \d+ 倍（上限 200 倍），可能是“压缩炸弹”/],
  ['a .docx declaring 4 GB', '声明.docx', (f) => writeFileSync(f, zipOf([['word/document.xml', paragraphs(10)]], { 'word/document.xml': 0xffffffff })), /解压后有 4096 MB，超过上限 256 MB/],
  ['a .docx whose sizes lie', '篡改.docx', (f) => writeFileSync(f, zipOf([['word/document.xml', paragraphs(20_000)]], { 'word/document.xml': 1000 })), /解压后比它声明的大小更大/],
  ['a .docx of 60 000 paragraphs', '段落.docx', (f) => writeFileSync(f, zipOf([['word/document.xml', paragraphs(60_000)]])), /有 60000 个段落，超过上限 50000/],
  ['a named pipe', '管道.txt', (f) => spawnSync('mkfifo', [f]), /不是普通文件/],
  ['a link to /dev/zero', '零.txt', (f) => symlinkSync('/dev/zero', f), /不是普通文件/],
  ['a link to itself', '循环.txt', (f) => symlinkSync(f, f), /符号链接形成了循环/],
  ['a web page of navigation only', '门户.html', (f) => writeFileSync(f, '<title>某某市人民政府门户网站</title><nav><a href="/">首页</a></nav><div class="footer">版权所有 某某市人民政府 网站标识码 123</div>'), /网页中没有找到讲话正文/],
  ['Korean in EUC-KR', '한국어.txt', (f) => writeFileSync(f, iconv.encode('친애하는 동지 여러분, 오늘 우리는 올해의 경제 업무를 점검하기 위해 모였습니다. '.repeat(20), 'euc-kr')), /韩文|无法识别文件编码/],
  ['a 60 MB file', '太大.txt', (f) => (writeFileSync(f, ''), truncateSync(f, 60 * 1024 * 1024)), /文件太大（60 MB），讲稿文件不能超过 20 MB/],
];

describe('bad files', () => {
  for (const [what, name, make, reason] of BAD) {
    it(`${what}: one line naming the file and why, exit 1, nothing written`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'sd-bad-'));
      const file = join(dir, name);
      make(file);
      for (const args of [['build', file, '-o', join(dir, 'out')], ['md', file], ['outline', file, '--json']]) {
        const r = speechdeck(...args);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        const lines = r.stderr.trim().split('\n');
        expect(lines.pop()).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*${reason.source}`));
        expect(r.stderr).not.toMatch(/\bat \S+ \(|Error:/);
      }
      expect(readdirSync(dir)).toEqual([name]);
    });
  }
});

describe('outputs', () => {
  it('a failed build leaves the previous output intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-keep-'));
    const out = join(dir, 'site');
    expect(speechdeck('build', SAMPLE, '-o', out).code).toBe(0);
    const before = readFileSync(join(out, 'index.html'), 'utf8');
    writeFileSync(join(dir, 'bad.txt'), PNG);
    expect(speechdeck('build', join(dir, 'bad.txt'), '-o', out).code).toBe(1);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['bad.txt', 'site']);
  });

  it('never overwrites an input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-input-'));
    const speech = join(dir, 'index.html');
    copyFileSync(SAMPLE, join(dir, 'speech.txt'));
    writeFileSync(speech, `<p>${readFileSync(SAMPLE, 'utf8').split('\n').join('</p><p>')}</p>`);
    const r = speechdeck('build', speech, '-o', dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`${speech}: 输出会覆盖这个输入文件，请用 -o 指定别的位置`);
    const single = speechdeck('build', speech, '--single-file', '-o', speech);
    expect(single.code).toBe(1);
    expect(single.stderr.trim()).toBe(`${speech}: 输出会覆盖这个输入文件，请用 -o 指定别的位置`);
    const pdf = speechdeck('pptx', join(dir, 'speech.txt'), '-o', join(dir, 'speech.txt', 'x.pptx'));
    expect(pdf.code).toBe(1);
    expect(pdf.stderr.trim()).toMatch(/: 无法写入（路径中有同名的文件）$/);
    expect(readFileSync(join(dir, 'speech.txt'), 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
    expect(existsSync(join(dir, 'assets'))).toBe(false);
  });

  it('never deletes the speech inside what a build replaces, nor a folder it did not make', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-foreign-'));
    // The speech inside the assets/ folder a build would replace.
    mkdirSync(join(dir, 'site', 'assets'), { recursive: true });
    const speech = join(dir, 'site', 'assets', '讲话.txt');
    copyFileSync(SAMPLE, speech);
    const inside = speechdeck('build', speech, '-o', join(dir, 'site'));
    expect(inside.code).toBe(1);
    expect(inside.stderr.trim()).toBe(`${speech}: 输出会覆盖这个输入文件，请用 -o 指定别的位置`);
    expect(readFileSync(speech, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
    // A Vite app's own dist/: its index.html and assets are not speechdeck's to replace.
    const app = join(dir, 'app');
    mkdirSync(join(app, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(app, 'dist', 'index.html'), '<h1>我的应用</h1>');
    writeFileSync(join(app, 'dist', 'assets', 'app.js'), 'console.log(1)');
    const foreign = speechdeck('build', SAMPLE, '-o', join(app, 'dist'));
    expect(foreign.code).toBe(1);
    expect(foreign.stderr.trim()).toMatch(/dist: 这个文件夹里已有不是 speechdeck 生成的文件/);
    expect(readFileSync(join(app, 'dist', 'index.html'), 'utf8')).toBe('<h1>我的应用</h1>');
    expect(readdirSync(join(app, 'dist')).sort()).toEqual(['assets', 'index.html']);
    expect(readdirSync(join(app, 'dist', 'assets'))).toEqual(['app.js']);
  });

  it('writes beside the speech by default, and builds again where it built before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-beside-'));
    const speech = join(dir, '工作推进会.txt');
    copyFileSync(SAMPLE, speech);
    for (const args of [['build', speech], ['build', speech], ['build', speech, '--single-file'], ['pptx', speech]]) {
      const r = speechdeck(...args);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readdirSync(dir).sort()).toEqual(['工作推进会-幻灯片', '工作推进会-幻灯片.html', '工作推进会.pptx', '工作推进会.txt']);
    expect(readdirSync(join(dir, '工作推进会-幻灯片')).sort()).toEqual(['.speechdeck', 'assets', 'fonts', 'handout.html', 'index.html', 'print.html', 'study.html', '学习提纲.docx', '讲稿.docx']);
  });
});
