// Word input: a .docx made here from the sample gives the sample's outline; Word's headings,
// numbered lists and bold paragraphs are read as the structure they show.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { ingestBytes, ingestText } from '../src/ingest/index.js';
import { formatOutline, parseOutline } from '../src/outline/index.js';
import { SAMPLE } from './helpers.js';

const docxOf = (paragraphs: Paragraph[], numbering?: ConstructorParameters<typeof Document>[0]['numbering']) =>
  Packer.toBuffer(new Document({ ...(numbering ? { numbering } : {}), sections: [{ children: paragraphs }] }));

describe('.docx input', () => {
  it('gives the same outline as the .txt of the same speech', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const docx = await docxOf(text.split('\n').filter(Boolean).map((line) => new Paragraph({ children: [new TextRun(line)] })));
    const fromDocx = parseOutline(await ingestBytes(docx, 'sample.docx'));
    const fromTxt = parseOutline(ingestText(text, 'sample.txt'));
    expect(formatOutline(fromDocx)).toBe(formatOutline(fromTxt));
    expect(fromDocx.points.flatMap((p) => p.points)).toHaveLength(15);
  });

  it('reads Word headings, numbered lists and bold paragraphs', async () => {
    const docx = await docxOf(
      [
        new Paragraph({ text: '在全市工作会议上的讲话', heading: HeadingLevel.TITLE }),
        new Paragraph({ children: [new TextRun('同志们：')] }),
        new Paragraph({ text: '关于经济工作', numbering: { reference: 'parts', level: 0 } }),
        new Paragraph({ children: [new TextRun('经济工作要稳中求进。')] }),
        new Paragraph({ text: '抓项目', numbering: { reference: 'parts', level: 1 } }),
        new Paragraph({ text: '抓投资', numbering: { reference: 'parts', level: 1 } }),
        new Paragraph({ text: '关于民生工作', numbering: { reference: 'parts', level: 0 } }),
        new Paragraph({ children: [new TextRun({ text: '第一，要办好实事。', bold: true })] }),
        new Paragraph({ children: [new TextRun({ text: '第二，要兜牢底线。', bold: true })] }),
      ],
      {
        config: [
          {
            reference: 'parts',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
    );
    const outline = parseOutline(await ingestBytes(docx, 'speech.docx'));
    expect(formatOutline(outline)).toBe(
      ['# 在全市工作会议上的讲话', '一、关于经济工作 [L3]', '  （一）抓项目 [L5]', '  （二）抓投资 [L6]', '二、关于民生工作 [L7]', '  第一，要办好实事 [L8]', '  第二，要兜牢底线 [L9]'].join('\n'),
    );
  });

  it('takes the words of a paragraph as typed, never as Markdown', async () => {
    const typed = ['<script>alert(1)</script>', '> 引用的一句话', '![图](a.png)', '# 井号开头', '**星号**与__下划线__'];
    const docx = await docxOf(typed.map((line) => new Paragraph({ children: [new TextRun(line)] })));
    expect((await ingestBytes(docx, 'typed.docx')).text.split('\n')).toEqual(typed);
  });

  it('reports a corrupt .docx and an old .doc clearly', async () => {
    const corrupt = await ingestBytes(new TextEncoder().encode('PK\u0003\u0004 not really a zip'), 'broken.docx');
    expect(corrupt.diagnostics).toMatchObject([{ severity: 'error', message: expect.stringContaining('无法读取这个 Word 文件') }]);
    const doc = await ingestBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'old.doc');
    expect(doc.diagnostics[0].message).toContain('另存为” .docx');
  });
});
