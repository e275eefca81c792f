import type { Diagnostic } from './types.js';

const diagnostic =
  (severity: Diagnostic['severity']) =>
  (code: string, message: string, line?: number): Diagnostic =>
    line === undefined ? { severity, code, message } : { severity, code, message, line };

export const warning = diagnostic('warning');
export const error = diagnostic('error');
export const info = diagnostic('info');

/** Whether any of the diagnostics is an error: then there is no deck to show. */
export const hasError = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error');

const LABEL: Record<Diagnostic['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

/** One line per diagnostic, `file:line: 警告：message`, the way compilers print them. */
export function formatDiagnostic(d: Diagnostic, source: string): string {
  const place = d.line === undefined ? source : `${source}:${d.line}`;
  return `${place}: ${LABEL[d.severity]}：${d.message}`;
}

/** Drops repeats of the same message on the same line, keeping the first, in line order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = `${d.line}:${d.code}:${d.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
