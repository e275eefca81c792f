// The editor page: paste or drop a speech, check and fix its outline, preview the deck, then
// present or export it. The whole pipeline runs here in the browser; nothing leaves the page.
import type { Outline, PaperDocument, Speech } from '../types.js';
import { handoutDocument, studyDocument } from '../plan/paper.js';
import { paperDocx } from '../export/word.js';
import type { RenderedDeck } from '../render/index.js';
import { ingestBytes, ingestText } from '../ingest/bytes.js';
import { parseOutline } from '../outline/index.js';
import { applyEdits, type OutlineEdit } from '../outline/edit.js';
import { planSlides } from '../plan/index.js';
import { renderMarkdown, renderSections } from '../render/index.js';
import { formatDiagnostic, hasError } from '../diagnostics.js';
import { renderTree } from './tree.js';
import { deckHtml, printHtml } from './deck-html.js';
import './editor.css';

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const state: { speech?: Speech; outline?: Outline; edits: OutlineEdit[]; name: string } = { edits: [], name: '讲稿' };
/** The deck as last shown; its one-file and print pages are made when asked for. */
let current: { markdown: string; rendered?: RenderedDeck; paper?: { handout: PaperDocument; study: PaperDocument } } = { markdown: '' };

function update(): void {
  const { speech, outline } = state;
  if (!speech) return;
  const messages = [...speech.diagnostics, ...(outline?.diagnostics ?? [])].map((d) => formatDiagnostic(d, state.name));
  $('#diagnostics').replaceChildren(...messages.map((m) => Object.assign(document.createElement('li'), { textContent: m })));
  if (!outline) return;
  const edited = applyEdits(speech, outline, state.edits);
  renderTree($('#tree'), edited, speech.text, {
    edit: (edit) => {
      state.edits.push(edit);
      update();
    },
    ask: (question, answer) => window.prompt(question, answer),
  });
  const markdown = renderMarkdown(planSlides(speech, edited));
  const rendered = renderSections(markdown);
  current = { markdown, rendered, paper: { handout: handoutDocument(speech, edited), study: studyDocument(speech, edited) } };
  $<HTMLIFrameElement>('#preview').srcdoc = deckHtml(rendered, true);
  document.body.classList.add('loaded');
}

function load(speech: Speech, name: string): void {
  state.name = name;
  state.speech = speech;
  state.outline = hasError(speech.diagnostics) ? undefined : parseOutline(speech);
  state.edits = [];
  update();
}

async function loadFile(file: File): Promise<void> {
  load(await ingestBytes(new Uint8Array(await file.arrayBuffer()), file.name), file.name.replace(/\.[^.]+$/, ''));
}

function download(content: string | Uint8Array, name: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([typeof content === 'string' ? content : content.slice()], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

let typing: ReturnType<typeof setTimeout> | undefined;
$<HTMLTextAreaElement>('#paste').addEventListener('input', (e) => {
  clearTimeout(typing);
  const text = (e.target as HTMLTextAreaElement).value;
  typing = setTimeout(() => load(ingestText(text, '粘贴的讲稿.txt'), '粘贴的讲稿'), 300);
});
$<HTMLInputElement>('#file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void loadFile(file);
});
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  if (file) void loadFile(file);
});
$('#export-md').addEventListener('click', () => download(current.markdown, `${state.name}.deck.md`, 'text/markdown'));
$('#export-html').addEventListener('click', () => current.rendered && download(deckHtml(current.rendered), `${state.name}.html`, 'text/html'));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
for (const [id, kind, suffix] of [['#export-handout', 'handout', '讲稿'], ['#export-study', 'study', '学习提纲']] as const) {
  $(id).addEventListener('click', async () => {
    const doc = current.paper?.[kind];
    if (doc) download(await paperDocx(doc), `${state.name}-${suffix}.docx`, DOCX);
  });
}
$('#print').addEventListener('click', () => {
  const { rendered } = current;
  const w = rendered ? window.open('', '_blank') : null;
  if (!rendered || !w) return;
  w.document.write(printHtml(rendered));
  w.document.close();
  w.addEventListener('load', () => w.print());
});
$('#present').addEventListener('click', () => void $<HTMLIFrameElement>('#preview').requestFullscreen());
