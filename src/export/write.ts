// Outputs appear whole or not at all: written beside their place under a temporary name, then
// renamed. An input is never overwritten, a failed export leaves the previous output as it was, and
// a folder is written into only when it is empty or speechdeck's own (it holds OUTPUT_MARK).
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** The file that marks a folder as a site speechdeck built: a later build may replace what is in it. */
export const OUTPUT_MARK = '.speechdeck';
const MARK_TEXT = '这个文件夹由 speechdeck 生成；再次生成会替换其中的 index.html、handout.html、study.html、print.html、讲稿.docx、学习提纲.docx、assets/、fonts/。\n';

/** Temporary files and folders being written now: removed if the process is stopped (Ctrl+C). */
const pending = new Set<string>();
let cleaning = false;

/**
 * On SIGINT, SIGTERM or SIGHUP, removes what is half written, then ends the process as the
 * signal would (128 + its number). The command line calls this once.
 */
export function removeTempsOnSignal(): void {
  if (cleaning) return;
  cleaning = true;
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
    process.on(signal, () => {
      for (const path of pending) rmSync(path, { recursive: true, force: true });
      process.exit(128 + number);
    });
  }
}

/** Writing an output would replace an input. */
export class InputOverwrite extends Error {}

/** A path as the disk knows it (links followed), or as written where it does not exist yet. */
const real = (path: string): string => (existsSync(path) ? realpathSync(path) : resolve(path));

/** Whether `path` is `entry` or inside it (the file itself, or a file in a folder that gets replaced). */
const within = (path: string, entry: string): boolean => {
  const [p, e] = [real(path), real(entry)];
  const r = relative(e, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

/** Throws InputOverwrite when writing `output` (a file, or a folder replaced whole) would replace one of the `inputs`. */
export function guardInputs(output: string, inputs: readonly string[]): void {
  const clash = inputs.find((input) => within(input, output));
  if (clash) throw new InputOverwrite(`${clash}: 输出会覆盖这个输入文件，请用 -o 指定别的位置`);
}

/** A folder holds files speechdeck did not write. */
export class ForeignFolder extends Error {}

/**
 * Throws ForeignFolder when `dir` exists, is not empty and is not speechdeck's own output (a Vite
 * app's dist/, a folder of documents): a build there would replace files it did not make.
 */
export function guardFolder(dir: string): void {
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  if (entries.length && !entries.includes(OUTPUT_MARK)) {
    throw new ForeignFolder(`${dir}: 这个文件夹里已有不是 speechdeck 生成的文件，为免覆盖，请用 -o 指定一个新的或空的文件夹`);
  }
}

/** Marks a folder as speechdeck's output. */
export const markOutput = (dir: string): Promise<void> => writeFile(join(dir, OUTPUT_MARK), MARK_TEXT);

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    // The error names the file the user asked for, not the temporary one.
    if (e && typeof e === 'object' && 'path' in e) (e as NodeJS.ErrnoException).path = path;
    throw e;
  } finally {
    pending.delete(temp);
  }
}

/** A fresh temporary folder beside `target` (same disk, so renames are atomic); removeTemp() when done. */
export async function tempDirBeside(target: string): Promise<string> {
  await mkdir(dirname(resolve(target)), { recursive: true });
  const dir = await mkdtemp(join(dirname(resolve(target)), `.${basename(target)}.tmp-`));
  pending.add(dir);
  return dir;
}

/** Removes a temporary folder from tempDirBeside. */
export async function removeTemp(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  pending.delete(dir);
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
