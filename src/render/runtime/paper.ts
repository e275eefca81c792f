// The script and stylesheet of the pages for paper (print and handout), prebuilt at compile time
// as lib/runtime/assets/paper.js and paper.css and inlined into those pages as they are: load every
// font, show the page, fit every slide; `window.speechdeckFitted` settles then. The stylesheet
// leaves reveal.js's own rules out: the pages are laid out statically, and print faster without.
import '../themes/base.css';
import '../themes/official.css';
import '../themes/plain.css';
import '../themes/static.css';
import { fitSection, FITTED } from './fit.js';

(window as unknown as Record<string, Promise<void>>)[FITTED] = Promise.all([...document.fonts].map((face) => face.load().catch(() => {}))).then(() => {
  document.documentElement.classList.remove('sd-fonts-pending');
  document.querySelectorAll<HTMLElement>('.slides section').forEach(fitSection);
});
