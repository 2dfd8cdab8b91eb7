import type { Page } from '../fixtures';

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
