import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { ingestBytes, ingestText } from '../src/ingest/index.js';
import { decode } from '../src/ingest/decode.js';
import { SAMPLE } from './helpers.js';

const SPEECH = '一、关于经济工作\n同志们：第一，要全力完成各项目标任务。\n';

describe('decoding', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = Buffer.from(SPEECH, 'utf8');
    expect(decode(plain)).toEqual({ text: SPEECH, encoding: 'utf-8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain])).text).toBe(SPEECH);
  });

  it('reads UTF-16 little- and big-endian by their BOM', () => {
    const le = Buffer.from(`\ufeff${SPEECH}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(le)).toEqual({ text: SPEECH, encoding: 'utf-16le' });
    expect(decode(be)).toEqual({ text: SPEECH, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a BOM, from the NUL bytes of its line ends', () => {
    const sample = readFileSync(SAMPLE, 'utf8');
    expect(decode(Buffer.from(sample, 'utf16le'))).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decode(Buffer.from(sample, 'utf16le').swap16())).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('refuses Korean and Japanese, however they are encoded, with the reason', () => {
    const korean = '친애하는 동지 여러분, 오늘 우리는 올해의 경제 업무를 점검하고 다음 단계의 과제를 논의하기 위해 모였습니다. '.repeat(20);
    const japanese = '同志の皆さん、本日は今年の経済活動を総括し、次の段階の任務を話し合うために集まりました。'.repeat(20);
    for (const [bytes, reason] of [
      [iconv.encode(korean, 'euc-kr'), /韩文|无法识别文件编码/],
      [Buffer.from(korean, 'utf8'), /这是韩文文本/],
      [iconv.encode(japanese, 'euc-jp'), /日文/],
      [iconv.encode(japanese, 'shift_jis'), /日文|无法识别文件编码/],
      [Buffer.from(japanese, 'utf8'), /这是日文文本/],
    ] as const) {
      const decoded = decode(bytes);
      expect('error' in decoded && decoded.error).toMatch(reason);
    }
  });

  it('detects GBK and GB18030 without a BOM', () => {
    expect(decode(iconv.encode(SPEECH, 'gbk'))).toEqual({ text: SPEECH, encoding: 'gb18030' });
    const rare = '我们要认真学习领会“𠀀”与“㐀”两个字的写法，抓好贯彻落实。';
    expect(decode(iconv.encode(rare, 'gb18030')).text).toBe(rare);
  });

  it('keeps GB18030 four-byte characters (names of people and places) verbatim into slides and notes', async () => {
    const speech = '同志们：\n第一，要学习𠀀𪚥同志的事迹，一是要学精神。二是要学作风。\n第二，要把𪚥村的经验推广到全县。\n';
    const { deckFromBytes } = await import('../src/pipeline.js');
    const build = await deckFromBytes(iconv.encode(speech, 'gb18030'), '讲话.txt');
    expect(build.failed).toBe(false);
    expect(build.deck!.slides.map((s) => s.title).join('\n')).toContain('𪚥');
    expect(build.deck!.slides.map((s) => s.notes).join('\n')).toContain('第一，要学习𠀀𪚥同志的事迹');
    expect(build.markdown).toContain('𠀀𪚥');
  });
});

describe('normalizing', () => {
  it('handles CRLF, ideographic and no-break spaces, zero-width characters, keeping line numbers', () => {
    const speech = ingestText('标题\r\n\r\n\u3000\u3000第一，要\u200b抓落实。\r\n\u00a0\u00a0第二，要\ufeff见实效。\r\n', 'a.txt');
    expect(speech.text).toBe('标题\n第一，要抓落实。\n第二，要见实效。');
    expect(speech.lineNumbers).toEqual([1, 3, 4]);
  });

  it('drops the site list a text site appends after the speech', () => {
    const speech = ingestText(readFileSync(SAMPLE, 'utf8'), 'sample.txt');
    expect(speech.text).not.toContain('看过');
    expect(speech.text).not.toContain('项目推进会领导讲话稿');
    expect(speech.text.endsWith('为经济社会持续健康发展提供坚强保证。')).toBe(true);
  });

  it('reads YAML front matter and keeps its lines out of the speech', () => {
    const speech = ingestText('---\ntitle: 在全市重点工作推进会上的讲话\nmeeting: 全市重点工作推进会\nspeaker: 张三\ndate: 2016-04-28\ntheme: plain\n---\n第一，要抓落实。\n', 'a.md');
    expect(speech.meta).toEqual({ title: '在全市重点工作推进会上的讲话', meeting: '全市重点工作推进会', speaker: '张三', date: '2016-04-28', theme: 'plain' });
    expect(speech.text).toBe('第一，要抓落实。');
    expect(speech.lineNumbers).toEqual([8]);
  });

  it('reports broken front matter with its line instead of failing', () => {
    const speech = ingestText('---\ntitle: [未闭合\n---\n正文。', 'a.md');
    expect(speech.diagnostics).toMatchObject([{ severity: 'warning', code: 'front-matter', line: 1 }]);
    expect(speech.text).toBe('正文。');
  });

  it("strips Markdown decoration from .md speeches, and the editor's blockquotes and footnotes", () => {
    const speech = ingestText(
      '## 一、关于经济工作\n\n**二、关于脱贫攻坚**\n\n> 【导读】编者的话。\n第一，要抓落实[^1]。<!-- 注 -->\n![](pixel.gif)\n<img class="pv" src="x">\n<!--\n多行注释\n-->\n[^1]: 注释正文。\n',
      'a.md',
    );
    expect(speech.text).toBe('一、关于经济工作\n二、关于脱贫攻坚\n第一，要抓落实。');
  });

  it('keeps what formatting says of a line: Markdown headings, a line in bold, a paragraph that opens in bold', () => {
    const speech = ingestText('## 工作回顾\n\n**国民经济持续增长。**全市生产总值增长**9.5%**。\n**二〇〇〇年工作意见**\n正文。', 'a.md');
    expect(speech.text).toBe('工作回顾\n国民经济持续增长。全市生产总值增长9.5%。\n二〇〇〇年工作意见\n正文。');
    expect(speech.styles).toEqual([
      { line: 0, heading: true },
      { line: 1, bold: 9 },
      { line: 2, bold: 9 },
    ]);
  });

  it('reads bold and heading elements of a saved web page as styles', () => {
    const html = '<html><body><div><p>同志们：</p><p><strong>一、关于经济工作</strong></p><p><b>抓项目。</b>项目是发展的基础，要全力推进项目建设。</p><h2>二、关于民生</h2><p>民生工作要兜底线，要办好实事，要解决群众急难愁盼。</p></div></body></html>';
    const speech = ingestText(html, 'a.html');
    expect(speech.text.split('\n')).toEqual(['同志们：', '一、关于经济工作', '抓项目。项目是发展的基础，要全力推进项目建设。', '二、关于民生', '民生工作要兜底线，要办好实事，要解决群众急难愁盼。']);
    expect(speech.styles).toEqual([{ line: 1, bold: 8 }, { line: 2, bold: 4 }, { line: 3, heading: true }]);
  });

  it('splits paragraphs that a copy ran together at their indents, not a short line spaced out', () => {
    const body = '同志们，今年以来，全市上下认真贯彻落实各项决策部署，经济运行总体平稳，发展质量稳步提升，民生保障有力有效，各项工作取得了新的进展。'.repeat(2);
    const speech = ingestText(`国务院总理\u3000\u3000李克强\n${body}\u3000\u3000一、关于经济工作\u3000\u3000经济工作要稳中求进。`, 'a.txt');
    expect(speech.text.split('\n')).toEqual(['国务院总理  李克强', body, '一、关于经济工作', '经济工作要稳中求进。']);
    expect(speech.lineNumbers).toEqual([1, 2, 2, 2]);
  });

  it("drops a photo's caption with its credit, and the note saying where an excerpt was spoken", () => {
    const speech = ingestText(
      '要坚持依法防控。2020年2月10日，习近平在北京调研指导疫情防控工作。这是习近平在社区了解情况。 新华社记者 鞠鹏/摄要完善疫情防控相关立法。（2020年2月5日在中央全面依法治国委员会第三次会议上的讲话）二确保人民群众生命安全。',
      'a.txt',
    );
    expect(speech.text.split('\n')).toEqual(['要坚持依法防控。', '要完善疫情防控相关立法。', '二确保人民群众生命安全。']);
  });

  it('joins the lines of a text wrapped at a page\'s width, and drops its page numbers and running heads', () => {
    const para = '我们要深入学习贯彻会议精神，全面落实各项决策部署，推动经济社会持续健康发展，奋力谱写新篇章，不断开创工作新局面。'.repeat(6);
    const wrapped = para.match(/.{1,24}/g)!;
    const page = (n: number) => [...wrapped, '', `— ${n} —`, '市政府工作报告', ''];
    const text = ['一、关于经济工作', '', ...page(1), '二、关于民生工作', '', ...page(2), ...page(3)].join('\n');
    const speech = ingestText(text, 'copied.txt');
    expect(speech.text.split('\n')).toEqual(['一、关于经济工作', para, '二、关于民生工作', para, para]);
    expect(speech.diagnostics).toMatchObject([{ severity: 'info', code: 'joined-lines' }]);
  });

  it('reports an empty file as an error', async () => {
    expect((await ingestBytes(new Uint8Array(), 'empty.txt')).diagnostics).toMatchObject([{ severity: 'error', code: 'empty' }]);
    expect(ingestText(' \n\u3000\n', 'blank.txt').diagnostics[0].code).toBe('empty');
  });
});
