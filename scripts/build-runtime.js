// Part of `npm run compile`: prebuilds the deck runtime (reveal.js, notes, themes) into
// lib/runtime/assets, with the same Vite options as every deck build, for PDF export to load as is.
import { build } from 'vite';
import { runtimeBuild } from '../lib/vite/build.js';
import { PACKAGE_ROOT, PAPER_ENTRY, standalone } from '../lib/vite/paths.js';
import { join } from 'node:path';

const outDir = join(PACKAGE_ROOT, 'lib/runtime');
await build(standalone({ logLevel: 'warn', build: { ...runtimeBuild(), outDir, emptyOutDir: true, reportCompressedSize: false } }));
// The stylesheet of the pages for paper, without reveal.js's rules (PDF export loads it).
await build(standalone({ logLevel: 'warn', build: { ...runtimeBuild(PAPER_ENTRY, 'assets/paper.js', 'assets/paper.css'), outDir, emptyOutDir: false, reportCompressedSize: false } }));
