// `--watch` for build, pdf and pptx: the job runs once, then again each time a speech is saved,
// as marp-cli users expect. A failed run is said and the watch goes on; Ctrl+C ends it.
import { watch, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UserError } from './report.js';
import { SPEECH_FILE } from '../vite/decks.js';

/** Editors save by writing, renaming or replacing: one save can come as several events. */
const SETTLE_MS = 120;

async function attempt(job: () => Promise<void>): Promise<void> {
  try {
    await job();
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    process.stderr.write(`${e.message}\n`);
  }
}

/**
 * Runs `job`; with `enabled`, keeps running it after each change to `paths` (files, or folders of
 * speeches) and never returns. Folders are watched rather than files, so a save that replaces the
 * file (a rename over it) is seen too.
 */
export async function watching(enabled: boolean | undefined, paths: readonly string[], job: () => Promise<void>): Promise<void> {
  if (!enabled) return job();
  await attempt(job);
  const targets = paths.map((p) => resolve(p));
  // Folder → the names in it to watch (null: every speech in it).
  const folders = new Map<string, Set<string> | null>();
  for (const t of targets) {
    if (statSync(t, { throwIfNoEntry: false })?.isDirectory()) folders.set(t, null);
    else if (folders.get(dirname(t)) !== null) folders.set(dirname(t), (folders.get(dirname(t)) ?? new Set()).add(basename(t)));
  }
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rerun = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => {
        process.stderr.write('\n检测到讲稿已修改，重新生成…\n');
        return attempt(job);
      });
    }, SETTLE_MS);
  };
  for (const [folder, names] of folders) {
    watch(folder, (_event, changed) => {
      const name = String(changed ?? '');
      if (names ? names.has(name) : SPEECH_FILE.test(name) && !name.startsWith('.')) rerun();
    });
  }
  process.stderr.write(`正在监视 ${targets.join('、')} 的修改（按 Ctrl+C 结束）\n`);
  return new Promise<void>(() => {});
}
