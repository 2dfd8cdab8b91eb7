/**
 * When a save is refused, the first field with an error is scrolled into view: Decap lists the
 * errors above each field but leaves the view where it was (at the body, far below the title).
 */

/** Class name part of Decap's per-field error list (an Emotion label, kept in Decap's build). */
const ERROR_LIST = '[class*="ControlErrorsList"]';

/** Scrolls to the first field error each time a new set of errors appears. */
export function showErrorsWhenTheyAppear(doc: Document): MutationObserver {
  let shown = false;
  const observer = new MutationObserver(() => {
    const first = doc.querySelector(ERROR_LIST);
    if (!first) {
      shown = false;
      return;
    }
    if (shown) return;
    shown = true;
    // The list sits above its field's label: show both.
    (first.parentElement ?? first).scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return observer;
}
