import { parse } from 'yaml';
import type { Diagnostic, SpeechMeta } from '../types.js';
import { warning } from '../diagnostics.js';

const FIELDS = ['title', 'meeting', 'speaker', 'date', 'theme'] as const;

export interface FrontMatter {
  meta: SpeechMeta;
  /** Number of lines the block takes, fences included (0 when there is none). */
  lineCount: number;
  diagnostics: Diagnostic[];
}

/** Reads a leading `---` YAML block. A broken block is reported and kept out of the speech. */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const none: FrontMatter = { meta: {}, lineCount: 0, diagnostics: [] };
  if (lines[0]?.replace(/^\ufeff/, '').trim() !== '---') return none;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return none;
  const meta: SpeechMeta = {};
  let data: unknown;
  try {
    data = parse(lines.slice(1, end).join('\n'));
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { meta, lineCount: end + 1, diagnostics: [warning('front-matter', `开头的 YAML 信息块无法解析（${reason}），已忽略`, 1)] };
  }
  if (data && typeof data === 'object') {
    for (const key of FIELDS) {
      const value = (data as Record<string, unknown>)[key];
      if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10);
      // A value is one line of words: a line break in it (…\n---\nNote: …) never starts a slide or notes.
      else if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value).trim().replace(/\s*[\r\n]+\s*/g, ' ');
    }
  }
  return { meta, lineCount: end + 1, diagnostics: [] };
}
