/**
 * Upload names. Decap keeps an upload's own name (Chinese letters dropped by the ASCII slug
 * rule) and, when that name exists, offers to *replace* the old file — which would change every
 * article that shows it. Here every upload gets a readable, unique ASCII name instead, and the
 * replace question is always answered "no".
 */
import { slugify } from '../src/lib/slug.ts';

/**
 * `学习 现场.JPG` at 2026-11-25 09:30:15 (Beijing) → `xue-xi-xian-chang-20261125-093015.jpg`;
 * a name already in `taken` (the same file chosen twice in one second) gets `-2`, `-3` …
 */
export function uploadName(original: string, now: Date, taken: ReadonlySet<string> = new Set()): string {
  const dot = original.lastIndexOf('.');
  const stem = dot > 0 ? original.slice(0, dot) : original;
  const ext =
    dot > 0
      ? original
          .slice(dot)
          .toLowerCase()
          .replace(/[^.a-z0-9]/g, '')
      : '';
  const beijing = new Date(now.getTime() + 8 * 3600_000).toISOString();
  const stamp = `${beijing.slice(0, 10).replace(/-/g, '')}-${beijing.slice(11, 19).replace(/:/g, '')}`;
  const base = `${slugify(stem, 40) || 'file'}-${stamp}`;
  let name = `${base}${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}${ext}`;
  return name;
}

/** Decap's question before replacing a file of the same name (English, not localised). */
const REPLACE_QUESTION = /already exists\. Do you want to replace it\?$/;

/** Renames files as they are chosen, and refuses replacing an existing upload. */
export function protectUploads(doc: Document, win: Window): void {
  const given = new Set<string>();
  doc.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      const renamed = new DataTransfer();
      const now = new Date();
      for (const file of input.files) {
        const name = uploadName(file.name, now, given);
        given.add(name);
        renamed.items.add(new File([file], name, { type: file.type, lastModified: file.lastModified }));
      }
      input.files = renamed.files;
    },
    true,
  );
  const confirm = win.confirm.bind(win);
  win.confirm = (message?: string) => {
    if (message && REPLACE_QUESTION.test(message)) {
      win.alert('媒体库中已有同名文件，为免影响已发布的内容，不会覆盖。请将文件改名后重新上传。');
      return false;
    }
    return confirm(message);
  };
}
