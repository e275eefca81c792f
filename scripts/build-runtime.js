// Part of `npm run compile`: prebuilds the deck runtime (reveal.js, notes, themes) into
// lib/runtime/assets, with the same Vite options as every deck build, for PDF export to load as is.
import { build } from 'vite';
import { runtimeBuild } from '../lib/vite/build.js';
import { PACKAGE_ROOT, standalone } from '../lib/vite/paths.js';
import { join } from 'node:path';

await build(standalone({ logLevel: 'warn', build: { ...runtimeBuild(), outDir: join(PACKAGE_ROOT, 'lib/runtime'), emptyOutDir: true, reportCompressedSize: false } }));
