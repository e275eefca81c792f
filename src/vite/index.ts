// The Vite side of speechdeck, as a list of small plugins: where the decks live (options), the dev
// server over the slides folder (index, decks, live reload) and the static build (one classic
// script, opens from file://).
import type { Plugin } from 'vite';
import { devServer } from './dev.js';
import { staticBuild } from './build.js';
import { checkOptions, resolveOptions } from './options.js';
import type { ResolvedOptions } from './paths.js';

export { RUNTIME_ENTRY, PACKAGE_ROOT } from './paths.js';

export interface SpeechdeckPluginOptions {
  /**
   * Folder of speeches, one deck each, relative to Vite's `root`.
   * @default 'slides'
   */
  slides?: string;
  /** Build exactly these files instead of the folder (used by `speechdeck build`). */
  files?: string[];
  /**
   * Emit the one deck as `index.html` at the output's top, not `<deck>/index.html`.
   * @default false
   */
  single?: boolean;
  /** Theme for every deck, over what front matter says: `official` or `plain`. */
  theme?: string;
  /**
   * URL path the decks are served and built under. A project that is only decks gets `/`; a Vite
   * app with its own `index.html` keeps `/` and its build, and finds the decks under `/slides/`
   * (in the build: `dist/slides/`).
   * @default '/' without an index.html in root, '/slides/' with one
   */
  base?: string;
}

export function speechdeck(options: SpeechdeckPluginOptions = {}): Plugin[] {
  checkOptions(options);
  // Filled in from Vite's root in the first plugin's config hook, read by the others from then on.
  const resolved: ResolvedOptions = { slides: '', single: false, base: '/', packageRoot: false };
  const settings: Plugin = {
    name: 'speechdeck:options',
    enforce: 'pre',
    config: (config) => {
      Object.assign(resolved, resolveOptions(options, config.root));
    },
  };
  return [settings, devServer(resolved), staticBuild(resolved)];
}
