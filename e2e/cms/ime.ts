import type { Page } from '../fixtures.ts';

/**
 * Types `text` the way a Chinese input method does, through Chromium's IME path: the pinyin is
 * composed letter by letter (compositionstart/update), then the chosen characters are committed
 * (compositionend + input). The page sees the same events as with a real IME.
 */
export async function compose(page: Page, pinyin: string, text: string) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

/** Puts the cursor (or a selection) at the given offsets of the focused text field. */
export async function select(page: Page, start: number, end = start) {
  await page.evaluate(
    (range) => {
      const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement;
      el.setSelectionRange(range.start, range.end);
    },
    { start, end },
  );
}

/**
 * Puts the cursor (or a selection) in the visual editor: `offset` characters into the first text
 * of `block` (a paragraph, cell or list item) that contains `text`; an empty block takes offset 0.
 */
export async function selectInEditor(page: Page, block: string, text: string, start: number, end = start) {
  await page.evaluate(
    ({ block, text, start, end }) => {
      const root = document.querySelector('.ProseMirror')!;
      const el = [...root.querySelectorAll(block)].find((e) => (text ? e.textContent?.includes(text) : !e.textContent));
      if (!el) throw new Error(`no ${block} with “${text}”`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && text && !node.textContent?.includes(text)) node = walker.nextNode();
      const range = document.createRange();
      if (node) {
        const base = text ? node.textContent!.indexOf(text) : 0;
        range.setStart(node, base + start);
        range.setEnd(node, base + end);
      } else range.setStart(el, 0);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { block, text, start, end },
  );
}
