// Reading a speech file from disk; everything after the bytes is in bytes.ts, shared with the browser.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Speech } from '../types.js';
import { failed, ingestBytes, registerReader } from './bytes.js';

// Old Word files are read with Node's Buffer: here, not in the browser.
registerReader('doc', async (bytes) => (await import('./doc.js')).docLines(bytes));

export { formatOf, ingestBytes, ingestText, type SpeechFormat } from './bytes.js';

/**
 * Eighty times the longest speech we know (250 KB), and a bound on the time and memory of one
 * input: every stage is linear, and a 20 MB speech builds in about 11 s with a 1 GB peak.
 */
export const MAX_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * A speech file's bytes, or a failed Speech saying why there are none. Only a regular file is read:
 * a pipe, a device (/dev/zero behind a symlink) or a link loop is refused before a byte is read,
 * and a file is never read past the limit, even one that grows while it is read.
 */
export async function readSpeechFile(path: string): Promise<Uint8Array | Speech> {
  const name = basename(path);
  // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ELOOP') return failed(name, '符号链接形成了循环，无法读取');
    throw e;
  });
  if (!('fd' in handle)) return handle;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return failed(name, '这是一个文件夹，不是讲稿文件');
    if (!info.isFile()) return failed(name, '这不是普通文件（管道、设备或套接字），不能作为讲稿读取');
    if (info.size > MAX_BYTES) return failed(name, `文件太大（${(info.size / MB).toFixed(0)} MB），讲稿文件不能超过 ${MAX_BYTES / MB} MB`);
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}

export async function ingestFile(path: string): Promise<Speech> {
  const bytes = await readSpeechFile(path);
  return bytes instanceof Uint8Array ? ingestBytes(bytes, basename(path)) : bytes;
}
