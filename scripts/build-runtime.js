// Part of `npm run compile`: prebuilds the deck runtime (reveal.js, notes, themes) into
// lib/runtime/assets, with the same Vite options as every deck build, for PDF export to load as is.
import { build } from 'vite';
import { runtimeBuild } from '../lib/vite/build.js';
import { PACKAGE_ROOT, PAPER_ENTRY, standalone } from '../lib/vite/paths.js';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { scriptHash } from '../lib/render/csp.js';

const outDir = join(PACKAGE_ROOT, 'lib/runtime');
await build(standalone({ logLevel: 'warn', build: { ...runtimeBuild(), outDir, emptyOutDir: true, reportCompressedSize: false } }));
// The stylesheet of the pages for paper, without reveal.js's rules (PDF export loads it).
await build(standalone({ logLevel: 'warn', build: { ...runtimeBuild(PAPER_ENTRY, 'assets/paper.js', 'assets/paper.css'), outDir, emptyOutDir: false, reportCompressedSize: false } }));

// The speaker view is a page that reveal.js's notes plugin writes into a window of its own, which
// inherits the deck's Content-Security-Policy: its inline scripts are allowed by their hashes.
const deckJs = readFileSync(join(outDir, 'assets/deck.js'), 'utf8');
const speakerView = speakerViewPage(deckJs);
const speakerScripts = [...speakerView.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (!speakerScripts.length) throw new Error('build-runtime: the speaker view page has no script: has reveal.js changed its notes plugin?');
writeFileSync(join(outDir, 'csp.json'), `${JSON.stringify({ speakerView: speakerScripts.map(scriptHash) }, null, 2)}\n`);

/** The page the notes plugin writes with document.write(<string literal>), as the string's value. */
function speakerViewPage(js) {
  const at = js.indexOf('document.write(');
  if (at < 0) throw new Error('build-runtime: no document.write in the deck runtime: has reveal.js changed its notes plugin?');
  const quote = js[at + 15];
  let end = at + 16;
  while (js[end] !== quote) end += js[end] === '\\' ? 2 : 1;
  // A string literal of reveal.js's own code, evaluated as the browser will.
  return new Function(`return ${js.slice(at + 15, end + 1)}`)();
}
