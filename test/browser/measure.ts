// What a person sees on one slide, measured in the page: where its content sits, how its wrapped
// lines end, and whether its number can be read. Runs inside Chromium (page.evaluate).
import type { Page } from 'playwright-core';

export interface SlideLook {
  index: number;
  title: string;
  /** Whether the slide has content and all of it lies above the middle of the slide. */
  topHalfOnly: boolean;
  /** Texts that wrap, and the characters on their last line. */
  wrapped: Array<{ text: string; lastLine: number }>;
  /** Contrast of the slide number against the worst pixel behind it. */
  numberContrast: number;
  /** Whether the slide number overlaps reveal's arrows. */
  numberUnderControls: boolean;
  /** The figure cards' figures as shown. */
  figures: string[];
}

/** Steps through every slide of the deck on `page` and measures it after the deck's own fitting. */
export function measureSlides(page: Page): Promise<SlideLook[]> {
  return page.evaluate(async () => {
    type Deck = { configure(o: object): void; getTotalSlides(): number; slide(i: number): void; getCurrentSlide(): HTMLElement; getSlideBackground(i: number): HTMLElement };
    const reveal = (window as unknown as { Reveal: Deck }).Reveal;
    const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
    // Each slide as it stands, not halfway through a transition.
    reveal.configure({ transition: 'none', backgroundTransition: 'none' });

    /** Characters of `el` grouped into the lines they are drawn on. */
    const lineLengths = (el: HTMLElement): number[] => {
      const tops: number[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i])) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width) tops.push(r.top + r.height / 2);
        }
      }
      const lines: number[] = [];
      let last = -Infinity;
      const height = parseFloat(getComputedStyle(el).fontSize) * 0.6;
      for (const t of tops) {
        if (t - last > height) lines.push(0);
        if (t > last) last = t;
        lines[lines.length - 1]++;
      }
      return lines;
    };

    const looks = [];
    for (let i = 0; i < reveal.getTotalSlides(); i++) {
      reveal.slide(i);
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const s = reveal.getCurrentSlide();
      const boxes = [...s.children].filter((c) => !c.matches('aside.notes')).map((c) => c.getBoundingClientRect()).filter((r) => r.height > 0);
      const bottom = Math.max(...boxes.map((r) => r.bottom));
      const texts = [...s.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, figcaption, blockquote, .card')].filter(
        (el) => !el.closest('aside') && !el.querySelector('h1, h2, h3, p, li, figcaption, blockquote, .card') && el.offsetHeight > 0,
      );
      const wrapped = texts
        .map((el) => ({ text: el.textContent!.trim(), lines: lineLengths(el) }))
        .filter((t) => t.lines.length > 1)
        .map((t) => ({ text: t.text, lastLine: t.lines[t.lines.length - 1] }));
      const number = document.querySelector<HTMLElement>('.reveal .slide-number');
      const numberBox = number?.getBoundingClientRect();
      const controls = [...document.querySelectorAll('.reveal .controls button')].map((b) => b.getBoundingClientRect()).filter((r) => r.width);
      looks.push({
        index: i + 1,
        title: s.querySelector('h1, h2')?.textContent ?? '',
        topHalfOnly: boxes.length > 0 && bottom <= frame.top + frame.height / 2,
        wrapped,
        numberContrast: 0,
        numberUnderControls:
          !!numberBox && controls.some((c) => c.left < numberBox.right && numberBox.left < c.right && c.top < numberBox.bottom && numberBox.top < c.bottom),
        figures: [...s.querySelectorAll('.figures strong')].map((f) => f.textContent ?? ''),
      });
    }
    return looks;
  }).then(async (looks) => {
    for (const look of looks) look.numberContrast = await numberContrast(page, look.index - 1);
    return looks;
  });
}

/**
 * The contrast of the slide number against what is drawn behind it, pixel by pixel as a person sees
 * it: the number's colour against the worst of the pixels under its box, photographed without it.
 */
async function numberContrast(page: Page, index: number): Promise<number> {
  const box = await page.evaluate(async (i) => {
    (window as unknown as { Reveal: { slide(i: number): void } }).Reveal.slide(i);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const number = document.querySelector<HTMLElement>('.reveal .slide-number');
    if (!number?.offsetWidth) return null;
    number.style.visibility = 'hidden';
    const r = number.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height, color: getComputedStyle(number).color };
  }, index);
  if (!box) return 0;
  const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
  return page.evaluate(
    async ({ png, color }) => {
      document.querySelector<HTMLElement>('.reveal .slide-number')!.style.visibility = '';
      // The deck's own policy lets a data: image in (and no fetch).
      const image = Object.assign(new Image(), { src: `data:image/png;base64,${png}` });
      await image.decode();
      const bitmap = await createImageBitmap(image);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const luminance = (rgb: number[]): number => {
        const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const text = luminance(color.match(/[\d.]+/g)!.slice(0, 3).map(Number));
      let worst = Infinity;
      for (let p = 0; p < pixels.length; p += 4) {
        const [x, y] = [text, luminance([pixels[p], pixels[p + 1], pixels[p + 2]])].sort((a, b) => b - a);
        worst = Math.min(worst, (x + 0.05) / (y + 0.05));
      }
      return worst;
    },
    { png: shot.toString('base64'), color: box.color },
  );
}
