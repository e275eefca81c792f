// What the CLI prints besides its output: diagnostics on stderr, and the one-line reason for a failure.
import type { Diagnostic } from '../types.js';
import { formatDiagnostic, sortDiagnostics } from '../diagnostics.js';

/** A user error the CLI reports in one line and exits 1 on. */
export class UserError extends Error {}

export function reportDiagnostics(list: readonly Diagnostic[], source: string, strict: boolean): boolean {
  const sorted = sortDiagnostics(list);
  for (const d of sorted) process.stderr.write(`${formatDiagnostic(d, source)}\n`);
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
