// Part of `npm run compile`: bundles the command line into lib/bundle, so that a command starts
// by loading three files instead of hundreds of modules (ours, yaml's, markdown-it's…): about
// 40–50 ms less for every cold command, a third of what `speechdeck pdf` adds to the browser's work.
// Packages a command loads only when it needs them stay outside. `browser.js` is an entry of
// its own, so that bin/ can start the browser before the rest loads and the command takes it.
import { build } from 'vite';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../lib/vite/paths.js';

/** Loaded on demand (dynamic import): bundling them would only slow the build. */
const ON_DEMAND = ['vite', 'playwright-core', 'mammoth', 'pptxgenjs', 'jszip', 'subset-font', 'fonteditor-core'];

await build({
  configFile: false,
  root: PACKAGE_ROOT,
  logLevel: 'warn',
  ssr: { target: 'node', noExternal: true, external: ON_DEMAND },
  build: {
    ssr: true,
    // Two folders below the package, like lib/cli: paths.ts finds the package from there.
    outDir: join(PACKAGE_ROOT, 'lib/bundle'),
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    reportCompressedSize: false,
    rolldownOptions: {
      input: { cli: join(PACKAGE_ROOT, 'lib/cli/index.js'), browser: join(PACKAGE_ROOT, 'lib/export/browser.js') },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
});
