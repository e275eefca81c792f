// One function per command: arguments in, stages run, output written. Nothing else lives here.
import { resolve } from 'node:path';
import { deckFromFile, type DeckBuild } from '../pipeline.js';
import { formatOutline, outlineJson } from '../outline/index.js';
import { describeFsError, reportDiagnostics, UserError } from './report.js';

export interface CommonFlags {
  strict?: boolean;
  theme?: string;
}

/** Runs the pipeline on FILE; a failure or (with --strict) a warning becomes a UserError. */
export async function load(file: string, flags: CommonFlags): Promise<DeckBuild> {
  const build = await deckFromFile(file, flags.theme ? { theme: flags.theme } : {}).catch((e: unknown) => {
    throw new UserError(describeFsError(e, file));
  });
  const ok = reportDiagnostics(build.diagnostics, file, !!flags.strict);
  if (build.failed || !ok) throw new UserError(`${file}: ${build.failed ? '无法生成' : '有警告（--strict）'}`);
  return build;
}

export async function outlineCommand(file: string, flags: CommonFlags & { json?: boolean }): Promise<void> {
  const build = await load(file, flags);
  if (!build.outline) throw new UserError(`${file}: 这是已排好的幻灯片 Markdown，没有讲稿提纲`);
  process.stdout.write(flags.json ? `${JSON.stringify(outlineJson(build.outline), null, 2)}\n` : `${formatOutline(build.outline)}\n`);
}

export async function mdCommand(file: string, flags: CommonFlags): Promise<void> {
  process.stdout.write((await load(file, flags)).markdown);
}

export async function buildCommand(file: string, flags: CommonFlags & { out?: string }): Promise<void> {
  await load(file, flags);
  const outDir = resolve(flags.out ?? 'dist');
  const { build } = await import('vite');
  const { speechdeck, PACKAGE_ROOT } = await import('../vite/index.js');
  await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    root: PACKAGE_ROOT,
    logLevel: 'warn',
    css: { postcss: {} },
    plugins: [speechdeck({ files: [resolve(file)], single: true, ...(flags.theme ? { theme: flags.theme } : {}) })],
    build: { outDir, emptyOutDir: false, reportCompressedSize: false },
  });
  process.stderr.write(`已生成 ${resolve(outDir, 'index.html')}\n`);
}

export async function devCommand(folder: string | undefined, flags: { port?: number }): Promise<void> {
  const { createServer } = await import('vite');
  const { speechdeck, PACKAGE_ROOT } = await import('../vite/index.js');
  const server = await createServer({
    configFile: false,
    envDir: false,
    publicDir: false,
    root: PACKAGE_ROOT,
    css: { postcss: {} },
    server: { port: flags.port ?? 5173 },
    plugins: [speechdeck({ slides: resolve(folder ?? 'slides') })],
  });
  await server.listen();
  server.printUrls();
}
