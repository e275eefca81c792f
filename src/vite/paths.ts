import { fileURLToPath } from 'node:url';

/** The script every deck runs (reveal.js, notes, themes), bundled by Vite. */
export const RUNTIME_ENTRY = fileURLToPath(new URL('../../src/render/runtime/deck.ts', import.meta.url));
/** The stylesheet of the pages for paper, without reveal.js's (for PDF export). */
export const PAPER_ENTRY = fileURLToPath(new URL('../../src/render/runtime/paper.ts', import.meta.url));
/** The editor page's script: the whole pipeline, in the browser. */
export const EDITOR_ENTRY = fileURLToPath(new URL('../../src/editor/main.ts', import.meta.url));
/** The package's own folder, where the runtime's dependencies resolve. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ResolvedOptions {
  /** The slides folder, absolute. */
  slides: string;
  files?: string[];
  single: boolean;
  theme?: string;
  /** URL path of the decks: `/`, or a folder of their own (`/slides/`) beside an app. */
  base: string;
  /** True when Vite runs in this package itself (the CLI, this repository), where reveal.js resolves by name. */
  packageRoot: boolean;
}

/**
 * Vite settings for a build or server that speechdeck runs itself (CLI, PDF, tests): rooted in the
 * package, reading no config, env or public folder of the user's.
 */
export const standalone = <T extends object>(settings: T) => ({
  configFile: false as const,
  envDir: false as const,
  publicDir: false as const,
  root: PACKAGE_ROOT,
  css: { postcss: {} },
  ...settings,
});
