// Outputs appear whole or not at all: written beside their place under a temporary name, then
// renamed. An input is never overwritten, and a failed export leaves the previous output as it was.
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const same = (a: string, b: string): boolean => existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);

/** Writing an output would replace an input. */
export class InputOverwrite extends Error {}

/** Throws InputOverwrite when writing `output` would replace one of the `inputs`. */
export function guardInputs(output: string, inputs: readonly string[]): void {
  const clash = inputs.find((input) => resolve(input) === resolve(output) || same(input, output));
  if (clash) throw new InputOverwrite(`${clash}: 输出会覆盖这个输入文件，请用 -o 指定别的位置`);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** A fresh temporary folder beside `target` (same disk, so renames are atomic). */
export async function tempDirBeside(target: string): Promise<string> {
  await mkdir(dirname(resolve(target)), { recursive: true });
  return mkdtemp(join(dirname(resolve(target)), `.${basename(target)}.tmp-`));
}

/**
 * Moves every entry of `from` into `to`, replacing entries of the same name and keeping the
 * others, then removes `from`.
 */
export async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    await rm(join(to, entry), { recursive: true, force: true });
    await rename(join(from, entry), join(to, entry));
  }
  await rm(from, { recursive: true, force: true });
}
