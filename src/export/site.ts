// The static site of one or more decks, built by Vite with the speechdeck plugin.
import { markOutput, moveInto, removeTemp, tempDirBeside } from './write.js';
import { standalone } from '../vite/paths.js';

/** What a one-deck site puts at the top of its folder. */
export const SITE_ENTRIES = ['index.html', 'handout.html', 'study.html', 'print.html', '讲稿.docx', '学习提纲.docx', 'assets', 'fonts', 'editor'] as const;

export interface SiteOptions {
  /** One deck as index.html at the top, rather than <deck>/index.html. */
  single?: boolean;
  theme?: string;
}

/** Builds the decks into `outDir` as a whole: into a temporary folder first, moved in on success. */
export async function buildSite(files: string[], outDir: string, options: SiteOptions = {}): Promise<void> {
  const [{ build }, { speechdeck }] = await Promise.all([import('vite'), import('../vite/index.js')]);
  const temp = await tempDirBeside(outDir);
  try {
    await build(
      standalone({
        logLevel: 'silent' as const,
        plugins: [speechdeck({ files, single: options.single ?? false, ...(options.theme ? { theme: options.theme } : {}) })],
        build: { outDir: temp, emptyOutDir: false, reportCompressedSize: false },
      }),
    );
    await markOutput(temp);
    await moveInto(temp, outDir);
  } finally {
    await removeTemp(temp);
  }
}
