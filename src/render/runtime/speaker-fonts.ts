// reveal.js's speaker view is a window of its own, written from a template with system fonts: give
// it the deck's shipped fonts too, so the notes (the full speech) never show as boxes.
const SPEAKER_WINDOW = 'reveal.js - Notes';

export function shareFontsWithSpeakerView(): void {
  const open = window.open.bind(window);
  window.open = (url?: string | URL, target?: string, features?: string) => {
    const opened = open(url, target, features);
    if (opened && target === SPEAKER_WINDOW) {
      const faces = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').filter((css) => css.includes('@font-face')).join('\n');
      const apply = () => {
        const style = opened.document.createElement('style');
        style.textContent = `${faces}\n.speaker-controls-notes, .speaker-controls-notes * { font-family: 'Noto Sans SC', sans-serif; }`;
        opened.document.head?.append(style);
      };
      // The plugin writes the window's document right after opening it.
      setTimeout(apply, 0);
    }
    return opened;
  };
}
