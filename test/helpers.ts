// Fixture files in the markdown-it manner: a header line, then `.`, input, `.`, expected, `.`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { splitSentences } from '../src/plan/clauses.js';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = join(ROOT, '..', 'shared');
export const SAMPLE = join(ROOT, 'slides', 'gongzuo-tuijinhui.txt');
export const CHROMIUM = process.env.SPEECHDECK_BROWSER ?? '/usr/bin/chromium';
export const hasShared = existsSync(join(SHARED, 'corpus'));

export interface Fixture {
  file: string;
  header: string;
  input: string;
  expected: string;
  line: number;
}

export function readFixtures(folder: string): Fixture[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => parseFixtures(readFileSync(join(folder, file), 'utf8'), file));
}

export function parseFixtures(source: string, file: string): Fixture[] {
  const lines = source.split('\n');
  const fixtures: Fixture[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].trim()) {
      i++;
      continue;
    }
    const header = lines[i];
    const line = i + 1;
    if (lines[i + 1] !== '.') throw new Error(`${file}:${line + 1}: expected "." after the header`);
    const block = (from: number): [string, number] => {
      const end = lines.indexOf('.', from);
      if (end < 0) throw new Error(`${file}:${from + 1}: unterminated block`);
      return [lines.slice(from, end).join('\n'), end + 1];
    };
    const [input, afterInput] = block(i + 2);
    const [expected, afterExpected] = block(afterInput);
    fixtures.push({ file, header, input, expected, line });
    i = afterExpected;
  }
  return fixtures;
}

/** Runs the built CLI as a user would. */
export const speechdeck = (...args: string[]) => {
  // A command that hangs fails: its status is null.
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/speechdeck.js'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Every sentence of a text, as a reader would list them. */
export const sentencesOf = (text: string): string[] => splitSentences(text, 0, text.length).map((s) => s.text);

/** Text without the spaces and line breaks that layout and PDF extraction put in. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The text a reader sees in an HTML fragment. */
export const visibleText = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** A figure ends in its unit: a rate, a magnitude, a thing counted, or 连续N年. */
export const FIGURE_ENDS = /(?:%|％|‰|个百分点|倍|[万亿]|[元吨斤人户名位个家项所座套辆台架艘件条次场批处张床册部亩米]|千瓦时?|标准箱|公顷|公里|千米|千克|公斤|平方米|平方公里|立方米|年|届)$/;
