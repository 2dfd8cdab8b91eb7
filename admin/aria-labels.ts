/**
 * Screen-reader labels that Decap's notification library writes in English whatever the locale
 * (its toast's close button and timer), put into Chinese as they appear.
 */

/** English label → Chinese label. */
export const ARIA_LABELS: Readonly<Record<string, string>> = {
  close: '关闭',
  'notification timer': '通知剩余时间',
};

/** Relabels matching elements under `root` (and itself). */
export function relabel(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('[aria-label]')]) {
    const zh = ARIA_LABELS[el.getAttribute('aria-label') ?? ''];
    if (zh) el.setAttribute('aria-label', zh);
  }
}

/** Keeps relabelling as the CMS renders. */
export function translateAriaLabels(doc: Document): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) relabel(record.target);
      for (const node of record.addedNodes) if (node instanceof Element) relabel(node);
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  return observer;
}
