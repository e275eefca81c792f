// The editor page: paste or drop a speech, fix its outline and its slides, preview the deck on the
// slide being edited, then present or export it. The whole pipeline runs here in the browser;
// nothing leaves the page, and the work is kept in the browser until 新建.
import type { Speech } from '../types.js';
import { ingestBytes, ingestText } from '../ingest/bytes.js';
import { parseOutline } from '../outline/index.js';
import { planSlides } from '../plan/index.js';
import { applyDeckEdits, slideKeys } from '../plan/deck-edits.js';
import { handoutDocument, studyDocument, withCover } from '../plan/paper.js';
import { renderMarkdown, renderSections } from '../render/index.js';
import { formatDiagnostic, hasError } from '../diagnostics.js';
import { paperDocx } from '../export/word.js';
import { pptxBytes } from '../export/pptx.js';
import { renderTree } from './tree.js';
import { renderCover, renderSlides } from './slides.js';
import { clearWork, deckFixes, fixOutline, loadWork, outlineFix, saveWork, type Fix } from './history.js';
import { deckHtml, handoutHtml, loadFontCss, printHtml } from './deck-html.js';
import './editor.css';

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const work = loadWork();
let selected: string | null = null;
/** What the last update made, for the downloads. */
let current: ReturnType<typeof build> | undefined;

function build(speech: Speech) {
  const outline = fixOutline(speech, parseOutline(speech), work.fixes);
  const planned = planSlides(speech, outline);
  const edited = applyDeckEdits(planned, deckFixes(work.fixes));
  const markdown = renderMarkdown(edited.deck);
  return { speech, outline, planned, plannedKeys: slideKeys(planned), edited, markdown, rendered: renderSections(markdown) };
}

function fix(f: Fix): void {
  // The cover's fields are edited on the cover: the preview goes there.
  if (f.kind === 'deck' && f.op === 'cover') selected = current?.edited.keys.find((k) => k.startsWith('cover:')) ?? selected;
  work.fixes.push(f);
  work.undone = [];
  update();
}

const actions = { fix, select: (key: string) => ((selected = key), update(false)) };

function update(rebuild = true): void {
  const { speech } = work;
  // Selecting a slide changes no work: only a rebuild is saved.
  if (rebuild) saveWork(work);
  $<HTMLButtonElement>('#undo').disabled = !work.fixes.length;
  $<HTMLButtonElement>('#redo').disabled = !work.undone.length;
  if (!speech) return;
  const messages = speech.diagnostics.map((d) => formatDiagnostic(d, work.name));
  $('#diagnostics').replaceChildren(...messages.map((m) => Object.assign(document.createElement('li'), { textContent: m })));
  if (hasError(speech.diagnostics)) return;
  if (rebuild || !current) current = build(speech);
  const { outline, planned, plannedKeys, edited, rendered } = current;
  if (!outline.title && !deckFixes(work.fixes).some((f) => f.op === 'cover' && f.field === 'title')) {
    $('#diagnostics').append(Object.assign(document.createElement('li'), { textContent: `讲稿里没有找到标题：封面暂用“${edited.deck.title}”，请展开“封面”填写标题。` }));
  }
  renderTree($('#tree'), outline, speech.text, {
    edit: (edit) => {
      const outlineEdit = outlineFix(outline, edit, speech.text);
      if (outlineEdit) fix(outlineEdit);
    },
    ask: (question, answer) => window.prompt(question, answer),
    tell: (message) => window.alert(message),
  });
  renderCover($('#cover'), edited.deck.meta, actions);
  renderSlides($('#slides'), edited, planned, plannedKeys, selected, speech.text, actions);
  if (rebuild) showPreview(rendered);
  else goToSelected();
  document.body.classList.add('loaded');
}

/** The preview shows the slide being edited, whatever the edit rebuilt. */
function goToSelected(): void {
  const win = $<HTMLIFrameElement>('#preview').contentWindow as (Window & { Reveal?: { isReady(): boolean; slide(h: number): void; on(e: string, f: () => void): void } }) | null;
  const index = current && selected ? current.edited.keys.indexOf(selected) : -1;
  const reveal = win?.Reveal;
  if (!reveal || index < 0) return;
  if (reveal.isReady()) reveal.slide(index);
  else reveal.on('ready', () => reveal.slide(index));
}

function showPreview(rendered: NonNullable<typeof current>['rendered']): void {
  const frame = $<HTMLIFrameElement>('#preview');
  frame.onload = goToSelected;
  frame.srcdoc = deckHtml(rendered, true);
}

function load(speech: Speech, name: string): void {
  // A new text keeps the fixes: those whose points and slides are still there apply again.
  if (work.speech && work.name !== name) work.fixes = [];
  Object.assign(work, { speech, name, undone: work.name === name ? work.undone : [] });
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

function undo(): void {
  const last = work.fixes.pop();
  if (last) work.undone.push(last);
  update();
}

function redo(): void {
  const next = work.undone.pop();
  if (next) work.fixes.push(next);
  update();
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
document.addEventListener('keydown', (e) => {
  if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement).matches('input, textarea')) return;
  if (e.key.toLowerCase() === 'z') (e.shiftKey ? redo : undo)();
  else if (e.key.toLowerCase() === 'y') redo();
  else return;
  e.preventDefault();
});
$('#undo').addEventListener('click', undo);
$('#redo').addEventListener('click', redo);
$('#new').addEventListener('click', () => {
  if (work.speech && !window.confirm('清空本页的讲稿和所有修改，重新开始？')) return;
  clearWork();
  location.reload();
});

/** A file name for the downloads: the speech's file, or for pasted text the deck's title. */
const fileName = (): string => (work.name === '粘贴的讲稿' && current ? current.edited.deck.title.replace(/[\\/:*?"<>|]/g, '') || work.name : work.name);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
$('#export-md').addEventListener('click', (e) => {
  e.preventDefault();
  if (current) download(current.markdown, `${fileName()}.md`, 'text/markdown');
});
$('#export-html').addEventListener('click', async () => {
  if (!current) return;
  const { rendered } = current;
  download(deckHtml(rendered, false, await loadFontCss()), `${fileName()}-幻灯片.html`, 'text/html');
});
$('#export-pptx').addEventListener('click', async () => current && download(await pptxBytes(current.edited.deck), `${fileName()}.pptx`, PPTX));
for (const [id, kind, suffix] of [['#export-handout', 'handout', '讲稿'], ['#export-study', 'study', '学习提纲']] as const) {
  $(id).addEventListener('click', async () => {
    if (!current) return;
    const { deck } = current.edited;
    const doc = withCover((kind === 'handout' ? handoutDocument : studyDocument)(current.speech, current.outline), deck.meta, deck.title);
    download(await paperDocx(doc), `${fileName()}-${suffix}.docx`, DOCX);
  });
}
const printPage = (html: string): void => {
  const w = window.open('', '_blank');
  if (!w) return;
  w.document.write(html);
  w.document.close();
  w.addEventListener('load', () => w.print());
};
$('#print').addEventListener('click', () => current && printPage(printHtml(current.rendered)));
$('#print-handout').addEventListener('click', () => current && printPage(handoutHtml(withCover(handoutDocument(current.speech, current.outline), current.edited.deck.meta, current.edited.deck.title))));
$('#present').addEventListener('click', () => void $<HTMLIFrameElement>('#preview').requestFullscreen());

if (work.speech) update();
