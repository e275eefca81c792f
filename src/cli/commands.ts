// One function per command: arguments in, stages run, output written. Nothing else lives here.
import { dirname, join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { buildSite, SITE_ENTRIES } from '../export/site.js';
import { exportSingleFile } from '../export/single-file.js';
import { startPrinter, type PdfKind } from '../export/pdf.js';
import { paperDocx } from '../export/word.js';
import { writeFileAtomic } from '../export/write.js';
import { exportPptx } from '../export/pptx.js';
import { ForeignFolder, guardFolder, guardInputs, InputOverwrite } from '../export/write.js';
import { BrowserNotFound } from '../export/browser.js';
import { deckId, findDecks } from '../vite/decks.js';
import { standalone } from '../vite/paths.js';
import type { DeckBuild } from '../pipeline.js';
import { deckFromFile } from '../pipeline-file.js';
import { formatOutline, outlineJson } from '../outline/index.js';
import { THEMES } from '../render/page.js';
import { describeFsError, printable, reportDiagnostics, UserError } from './report.js';

export interface CommonFlags {
  strict?: boolean;
  theme?: string;
}

/** Runs the pipeline on FILE; a failure or (with --strict) a warning becomes a UserError. */
export async function load(file: string, flags: CommonFlags): Promise<DeckBuild> {
  if (flags.theme !== undefined && !(THEMES as readonly string[]).includes(flags.theme)) {
    throw new UserError(`未知的主题 ${flags.theme}：可选 ${THEMES.join('、')}`);
  }
  const build = await deckFromFile(file, flags.theme ? { theme: flags.theme } : {}).catch((e: unknown) => {
    throw new UserError(describeFsError(e, file));
  });
  // The reason for a failure is the one line the user reads: warnings go above it.
  const reason = build.diagnostics.find((d) => d.severity === 'error');
  const ok = reportDiagnostics(build.diagnostics.filter((d) => d !== reason), file, !!flags.strict);
  if (reason) throw new UserError(`${file}${reason.line === undefined ? '' : `:${reason.line}`}: ${reason.message}`);
  if (!ok) throw new UserError(`${file}: 有警告，按 --strict 视为失败`);
  return build;
}

export async function outlineCommand(file: string, flags: CommonFlags & { json?: boolean }): Promise<void> {
  const build = await load(file, flags);
  if (!build.outline) throw new UserError(`${file}: 这是已排好的幻灯片 Markdown，没有讲稿提纲`);
  process.stdout.write(flags.json ? `${JSON.stringify(outlineJson(build.outline), null, 2)}\n` : `${printable(formatOutline(build.outline))}\n`);
}

export async function mdCommand(file: string, flags: CommonFlags): Promise<void> {
  process.stdout.write((await load(file, flags)).markdown);
}

/** Where an output goes by default: beside the speech, named after it (工作推进会.pdf, 工作推进会-幻灯片/). */
export const besideSpeech = (file: string, suffix: string): string => join(dirname(resolve(file)), `${deckId(file)}${suffix}`);

export async function buildCommand(file: string, flags: CommonFlags & { out?: string; singleFile?: boolean }): Promise<void> {
  const theme = flags.theme ? { theme: flags.theme } : {};
  // Where the output goes is checked before the speech is read: a wrong -o is the one thing to say.
  if (flags.singleFile) {
    const out = flags.out?.endsWith('.html') ? resolve(flags.out) : flags.out ? resolve(flags.out, `${deckId(file)}.html`) : besideSpeech(file, '-幻灯片.html');
    guardOutputs([out], file);
    await load(file, flags);
    await exportSingleFile(resolve(file), out, theme).catch((e) => toUserError(e, out));
    process.stderr.write(`已生成 ${out}\n`);
    return;
  }
  const outDir = flags.out ? resolve(flags.out) : besideSpeech(file, '-幻灯片');
  // The site's own names replace what was there: the speech must not be among them, and the
  // folder must be empty or one speechdeck built (never a Vite app's dist/ or a folder of documents).
  guardOutputs(SITE_ENTRIES.map((entry) => resolve(outDir, entry)), file, outDir);
  await load(file, flags);
  await buildSite([resolve(file)], outDir, { single: true, ...theme }).catch((e) => toUserError(e, outDir));
  process.stderr.write(`已生成 ${resolve(outDir, 'index.html')}\n`);
}

/** The speeches named on the command line: files as given, folders as the speeches in them. */
function speechesIn(paths: string[]): { files: string[]; fromFolder: boolean } {
  const folders = paths.filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory());
  return { files: paths.flatMap((p) => (folders.includes(p) ? findDecks(p, undefined).map((d) => d.file) : [p])), fromFolder: folders.length > 0 };
}

export interface PdfFlags extends CommonFlags {
  out?: string;
  handout?: boolean;
  study?: boolean;
  /** Thumbnails in the handout: none (default) or small. */
  slides?: string;
  browser?: string;
}

const PDF_NAMES: Record<PdfKind, [string, string]> = { slides: ['', '幻灯片'], handout: ['-讲稿', '讲稿'], study: ['-学习提纲', '学习提纲'] };

export async function pdfCommand(paths: string[], flags: PdfFlags): Promise<void> {
  const kind: PdfKind = flags.study ? 'study' : flags.handout ? 'handout' : 'slides';
  if (flags.slides !== undefined && flags.slides !== 'none' && flags.slides !== 'small') throw new UserError(`--slides ${flags.slides}: 可选 none（不附幻灯片，默认）或 small（附小图）`);
  const { files, fromFolder } = speechesIn(paths);
  if (!files.length) throw new UserError(`${paths.join(' ')}: 没有找到讲稿文件`);
  // Several PDFs go into a folder (-o, or dist); one is the file -o names, or beside where we are.
  const many = files.length > 1 || fromFolder;
  // The browser starts first: it takes longest, and reading the speeches can happen meanwhile.
  const printer = (() => {
    try {
      return startPrinter(flags.browser);
    } catch (e) {
      return toUserError(e);
    }
  })();
  try {
    for (const file of files) {
      const started = performance.now();
      process.stderr.write(`${file}：生成${PDF_NAMES[kind][1]} PDF…\n`);
      const build = await load(file, flags);
      const name = `${deckId(file)}${PDF_NAMES[kind][0]}.pdf`;
      const out = flags.out ? (many ? resolve(flags.out, name) : resolve(flags.out)) : join(dirname(resolve(file)), name);
      guardOutputs([out], file);
      await printer.print(build, { out, kind, thumbnails: flags.slides === 'small', ...(flags.theme ? { theme: flags.theme } : {}) }).catch((e) => toUserError(e, out));
      process.stderr.write(`已生成 ${out}（${((performance.now() - started) / 1000).toFixed(1)} 秒）\n`);
    }
  } finally {
    await printer.close();
  }
}

export async function pptxCommand(file: string, flags: CommonFlags & { out?: string }): Promise<void> {
  const build = await load(file, flags);
  if (!build.deck) throw new UserError(`${file}: 导出 PPTX 需要讲稿文件，而不是已排好的幻灯片 Markdown`);
  const out = flags.out ? resolve(flags.out) : besideSpeech(file, '.pptx');
  guardOutputs([out], file);
  await exportPptx(build.deck, out).catch((e) => toUserError(e, out));
  process.stderr.write(`已生成 ${out}\n`);
}

/** Why a place cannot be written, in the user's words. */
const WRITE_REASONS: Record<string, string> = {
  EROFS: '这个位置是只读的',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EISDIR: '已有同名的文件夹',
  ENOSPC: '磁盘已满',
  EDQUOT: '超出了磁盘配额',
  ENOTDIR: '路径中有同名的文件',
  EEXIST: '路径中有同名的文件',
  ENAMETOOLONG: '路径太长',
};

/** Linux errno numbers of those reasons, as a Rust error message gives them. */
const OS_ERRORS: Record<string, string> = { 1: 'EPERM', 13: 'EACCES', 17: 'EEXIST', 20: 'ENOTDIR', 21: 'EISDIR', 28: 'ENOSPC', 30: 'EROFS', 36: 'ENAMETOOLONG', 122: 'EDQUOT' };

/** The handout and the 学习提纲 as Word files: beside the speech, or in the folder -o names. */
export async function wordCommand(file: string, flags: CommonFlags & { out?: string }): Promise<void> {
  const folder = flags.out ? resolve(flags.out) : dirname(resolve(file));
  const outs = { handout: join(folder, `${deckId(file)}-讲稿.docx`), study: join(folder, `${deckId(file)}-学习提纲.docx`) };
  guardOutputs(Object.values(outs), file);
  const build = await load(file, flags);
  for (const kind of ['handout', 'study'] as const) {
    await writeFileAtomic(outs[kind], await paperDocx(build.paper![kind])).catch((e) => toUserError(e, outs[kind]));
    process.stderr.write(`已生成 ${outs[kind]}\n`);
  }
}

/**
 * Errors a user can act on (no browser, an output that is the input, a place that cannot be
 * written) become one-line reasons naming the output the user asked for, never a temporary file.
 */
function toUserError(e: unknown, output?: string): never {
  if (e instanceof BrowserNotFound || e instanceof InputOverwrite || e instanceof ForeignFolder) throw new UserError(e.message);
  // A library may wrap the file system's error (Vite's build does): its errno code is in a cause.
  let error = e as (NodeJS.ErrnoException & { cause?: unknown }) | undefined;
  while (error && !/^E[A-Z]+$/.test(String(error.code)) && error.cause) error = error.cause as typeof error;
  const { path } = error ?? {};
  // Vite's bundler (rolldown, in Rust) reports the system's error only in its message: "(os error 28)".
  const code = /^E[A-Z]+$/.test(String(error?.code)) ? error!.code : OS_ERRORS[/\(os error (\d+)\)/.exec(String((e as Error)?.message))?.[1] ?? ''];
  const where = output ?? path;
  if (code && /^E[A-Z]+$/.test(code) && where) throw new UserError(`${where}: 无法写入（${WRITE_REASONS[code] ?? code}）`);
  throw e;
}

/** Stops before anything is written when an output would replace the input, or a folder holds files not ours. */
function guardOutputs(outputs: readonly string[], file: string, folder?: string): void {
  try {
    for (const output of outputs) guardInputs(output, [file]);
    if (folder) guardFolder(folder);
  } catch (e) {
    toUserError(e);
  }
}

export async function devCommand(folder: string | undefined, flags: { port?: number | string }): Promise<void> {
  // What would make the server useless is said before it starts, not after it prints its address.
  const slides = resolve(folder ?? 'slides');
  const kind = statSync(slides, { throwIfNoEntry: false });
  if (!kind) throw new UserError(`${slides}: 文件夹不存在`);
  if (!kind.isDirectory()) throw new UserError(`${slides}: dev 要的是放讲稿的文件夹，不是一个文件（单篇讲稿请放进文件夹，或用 build）`);
  const port = Number(flags.port ?? 5173);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UserError(`--port ${flags.port}: 端口应是 1–65535 之间的整数`);
  const { createServer } = await import('vite');
  const { speechdeck } = await import('../vite/index.js');
  const server = await createServer(standalone({ server: { port }, plugins: [speechdeck({ slides })] }));
  await server.listen();
  server.printUrls();
}
