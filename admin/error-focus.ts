/**
 * After a refused save, the first field with a problem is brought into view and focused: Decap
 * shows the problems above their fields, often out of sight while the editor is at the body,
 * and says only in a toast that something is wrong.
 */
import { MESSAGE_PHRASES } from './locale.ts';

/** The toast Decap shows when a save is refused for field problems. */
const REFUSED = MESSAGE_PHRASES['ui.toast.missingRequiredField']!;
/** Decap's list of a field's problems (EditorControl's ControlErrorsList: emotion label, or its target class). */
const ERROR_LIST = '[class*="ControlErrorsList"], .ec1nk3l1';
const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, [contenteditable="true"], button';

/** Scrolls to the field of the first problem on the page and focuses its input. */
export function showFirstProblem(doc: Document): boolean {
  const list = doc.querySelector(ERROR_LIST);
  // The list sits in the field's top bar, inside the field's container.
  const field = list?.parentElement?.parentElement;
  if (!field) return false;
  field.scrollIntoView({ block: 'center' });
  field.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
  return true;
}

/** Watches for the refused-save toast and then shows the first problem. */
export function focusProblemsOnRefusal(doc: Document, win: Window): MutationObserver {
  const observer = new MutationObserver((records) => {
    const refused = records.some((r) =>
      [...r.addedNodes].some((n) => n instanceof Element && n.textContent?.includes(REFUSED)),
    );
    // The field errors render in the same update as the toast, or just after it.
    if (refused)
      win.requestAnimationFrame(() => showFirstProblem(doc) || win.setTimeout(() => showFirstProblem(doc), 100));
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return observer;
}
