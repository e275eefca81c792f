// Reading a speech file from disk; everything after the bytes is in bytes.ts, shared with the browser.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Speech } from '../types.js';
import { failed, ingestBytes } from './bytes.js';

export { formatOf, ingestBytes, ingestText, type SpeechFormat } from './bytes.js';

/** Larger than any speech, and too large to read into memory for one. */
export const MAX_BYTES = 50 * 1024 * 1024;

export async function ingestFile(path: string): Promise<Speech> {
  const { size } = await stat(path);
  if (size > MAX_BYTES) return failed(basename(path), `文件太大（${(size / 1024 / 1024).toFixed(0)} MB），讲稿文件不能超过 ${MAX_BYTES / 1024 / 1024} MB`);
  return ingestBytes(await readFile(path), basename(path));
}
