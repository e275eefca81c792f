// What the CLI prints besides its output: diagnostics on stderr, and the one-line reason for a failure.
import type { Diagnostic } from '../types.js';
import { formatDiagnostic, sortDiagnostics } from '../diagnostics.js';

/** A user error the CLI reports in one line and exits 1 on. */
export class UserError extends Error {}

/**
 * Text from a speech as a terminal may show it: control characters (an ESC[2J that would clear the
 * screen) written as \x1b, never sent raw.
 */
export const printable = (s: string): string => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

export function reportDiagnostics(list: readonly Diagnostic[], source: string, strict: boolean): boolean {
  const sorted = sortDiagnostics(list);
  for (const d of sorted) process.stderr.write(`${printable(formatDiagnostic(d, source))}\n`);
  const errors = sorted.filter((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return errors.length === 0;
}

export function describeFsError(e: unknown, file: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${file}: 文件不存在`;
  if (code === 'EISDIR') return `${file}: 这是一个文件夹，不是讲稿文件`;
  if (code === 'EACCES') return `${file}: 没有读取权限`;
  return `${file}: 无法读取（${e instanceof Error ? e.message : String(e)}）`;
}
