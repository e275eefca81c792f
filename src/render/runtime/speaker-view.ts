// reveal.js's speaker view is a window of its own, written from a template in English with system
// fonts. The presenter at a 传达学习会 reads it in Chinese, in the deck's shipped fonts, so the
// notes (the full speech) never show as boxes and no label in another language stands beside them.
const SPEAKER_WINDOW = 'reveal.js - Notes';

/** The speaker view's words, in Chinese (the deck's fonts must hold their characters: see SPEAKER_TEXT). */
const LABELS: Record<string, string> = {
  'Loading speaker view...': '正在打开演讲者视图……',
  Upcoming: '下一页',
  'Time ': '用时 ',
  Time: '用时',
  'Click to Reset': '点击重新计时',
  'Pacing – Time to finish current slide': '节奏：本页剩余时间',
  Notes: '讲稿原文',
  Default: '默认',
  Wide: '宽屏',
  Tall: '上下',
  'Notes only': '只看讲稿',
};

/** Every character the speaker view adds, for the deck's cut fonts. */
export const SPEAKER_TEXT = `${Object.values(LABELS).join('')}布局：上午下午演讲者视图`;

/** A text the template writes as it runs: the layout's name, the clock (09:30 AM). */
function say(text: string): string | undefined {
  if (text in LABELS) return LABELS[text];
  const layout = /^Layout(?:: (.*))?$/.exec(text);
  if (layout) return `布局${layout[1] ? `：${LABELS[layout[1]] ?? layout[1]}` : ''}`;
  const clock = /^(\d{1,2}):(\d{2}) (AM|PM)$/.exec(text);
  if (clock) return `${clock[3] === 'AM' ? '上午' : '下午'} ${clock[1]}:${clock[2]}`;
  return undefined;
}

function localize(doc: Document): void {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chinese = say(node.nodeValue ?? '');
    if (chinese !== undefined && chinese !== node.nodeValue) node.nodeValue = chinese;
  }
  if (doc.title !== '演讲者视图') doc.title = '演讲者视图';
}

export function prepareSpeakerView(): void {
  const open = window.open.bind(window);
  window.open = (url?: string | URL, target?: string, features?: string) => {
    const opened = open(url, target, features);
    if (opened && target === SPEAKER_WINDOW) {
      const faces = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').filter((css) => css.includes('@font-face')).join('\n');
      const apply = () => {
        const doc = opened.document;
        const style = doc.createElement('style');
        style.textContent = `${faces}\nbody, .speaker-controls-notes, .speaker-controls-notes * { font-family: 'Noto Sans SC', sans-serif; }`;
        doc.head?.append(style);
        doc.documentElement.lang = 'zh-CN';
        localize(doc);
        // The template rewrites its labels as it runs (the clock, the layout's name): say them again.
        new MutationObserver(() => localize(doc)).observe(doc.body, { subtree: true, childList: true, characterData: true });
      };
      // The plugin writes the window's document right after opening it.
      setTimeout(apply, 0);
    }
    return opened;
  };
}
