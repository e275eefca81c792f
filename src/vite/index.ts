// The Vite side of speechdeck, as a list of small plugins: the dev server over the slides folder
// (index, decks, live reload) and the static build (one classic script, opens from file://).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { devServer } from './dev.js';
import { staticBuild } from './build.js';

export { RUNTIME_ENTRY, PACKAGE_ROOT } from './paths.js';

export interface SpeechdeckPluginOptions {
  /**
   * Folder of speeches, one deck each.
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
  /** Theme for every deck, over what front matter says. */
  theme?: string;
}

export function speechdeck(options: SpeechdeckPluginOptions = {}): Plugin[] {
  const resolved = { ...options, slides: resolve(options.slides ?? 'slides'), single: options.single ?? false };
  return [devServer(resolved), staticBuild(resolved)];
}
