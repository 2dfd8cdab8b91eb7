/**
 * What the live site says about publishing, shown in the CMS: `npm start`'s publish gate
 * (scripts/lib/live-site.ts) holds back entries that cannot be built and serves why at
 * <base>api/xinhuo/status. The open entry's hold is shown in full (each problem, with its line),
 * other held entries as links, and the site's rebuild as it happens. Nothing here changes content.
 */
import { COLLECTIONS, SINGLETONS } from '../src/model/collections.ts';

/** One problem of a held entry, as the build's checks state it. */
export interface HoldProblem {
  label: string;
  path: string;
  zh: string;
  line?: number;
  /** For body problems: the line within the body, as the editor sees it. */
  bodyLine?: number;
}

/** An entry the site could not build, and why (the type checker holds scripts/lib/live-site.ts's gateway to this shape). */
export interface Hold {
  file: string;
  problems: HoldProblem[];
  published: boolean;
}

/** The publish status served by the live site. */
export interface PublishStatus {
  building: boolean;
  failure?: { reason: string };
  holds: Hold[];
  /** Entries the CMS gateway refused to send to 待发布 or publish, with their problems. */
  refused?: { file: string; problems: HoldProblem[] }[];
}

/** The CMS entry a content file is edited as: `#/collections/<collection>/entries/<slug>`. */
export function entryOfFile(file: string): { collection: string; slug: string; label: string } | undefined {
  const singleton = SINGLETONS.find((def) => file === `src/content/${def.file}`);
  if (singleton) return { collection: 'settings', slug: singleton.name, label: singleton.label };
  const match = /^src\/content\/([^/]+)\/(.+)\.(mdx|ya?ml)$/.exec(file);
  const def = match && COLLECTIONS.find((d) => d.name === match[1]);
  return def ? { collection: def.name, slug: match[2]!, label: def.labelSingular } : undefined;
}

/** The entry a CMS location (its hash) shows, if any. */
export function entryOfHash(hash: string): { collection: string; slug: string } | undefined {
  const match = /^#\/collections\/([^/]+)\/entries\/([^/?#]+)/.exec(hash);
  return match ? { collection: match[1]!, slug: decodeURIComponent(match[2]!) } : undefined;
}

/** One problem as an editor reads it: where, which field, what to do. */
export const problemText = (p: HoldProblem): string => {
  if (p.bodyLine !== undefined) return `正文第 ${p.bodyLine} 行：${p.zh}`;
  return `${p.line === undefined ? '' : `第 ${p.line} 行 · `}${p.label}：${p.zh}`;
};

/** A notice in the corner of the CMS. */
export interface Notice {
  kind: 'refused' | 'hold' | 'others' | 'building' | 'failure';
  title: string;
  lines: string[];
  links: { text: string; href: string }[];
}

/** Whether a content file is the entry the CMS location shows. */
function isOpenIn(hash: string) {
  const open = entryOfHash(hash);
  return (file: string) => {
    const entry = entryOfFile(file);
    return Boolean(entry && open && entry.collection === open.collection && entry.slug === open.slug);
  };
}

/** The problems of the open entry: why it was refused, else why it is held back. */
export function openProblems(status: PublishStatus, hash: string): HoldProblem[] {
  const isOpen = isOpenIn(hash);
  const refused = status.refused?.filter((r) => isOpen(r.file)).flatMap((r) => r.problems) ?? [];
  return refused.length ? refused : (status.holds.find((h) => isOpen(h.file))?.problems ?? []);
}

/** What the notice says for the open entry and the status, or nothing. */
export function noticeFor(status: PublishStatus, hash: string): Notice | undefined {
  const isOpen = isOpenIn(hash);
  const refused = status.refused?.filter((r) => isOpen(r.file)).flatMap((r) => r.problems) ?? [];
  if (refused.length) {
    return {
      kind: 'refused',
      title: `这条内容有 ${refused.length} 处问题，还不能发布：`,
      lines: [...refused.map(problemText), '请按提示修改后保存，再把状态改为“待发布”并发布。'],
      links: [],
    };
  }
  const own = status.holds.find((h) => isOpen(h.file));
  if (own) {
    return {
      kind: 'hold',
      title: own.published
        ? '这条内容的最新修改没有上线：网站上仍是它的上一版本。'
        : '这条内容没有上线：网站构建时发现了下面的问题。',
      lines: [
        ...own.problems.map(problemText),
        '请按提示修改后保存并重新发布；你填写的内容都已保存，其他人的发布不受影响。',
      ],
      links: [],
    };
  }
  if (status.failure) {
    return {
      kind: 'failure',
      title: '网站更新失败，读者看到的仍是上一版本。',
      lines: [status.failure.reason, '请把这段说明发给网站管理员。'],
      links: [],
    };
  }
  if (status.holds.length) {
    return {
      kind: 'others',
      title: `有 ${status.holds.length} 条内容因存在问题没有上线：`,
      lines: [],
      links: status.holds.flatMap((h) => {
        const entry = entryOfFile(h.file);
        return entry
          ? [{ text: `${entry.label}：${entry.slug}`, href: `#/collections/${entry.collection}/entries/${entry.slug}` }]
          : [];
      }),
    };
  }
  if (status.building)
    return { kind: 'building', title: '网站正在更新，刚发布的内容稍后即可看到……', lines: [], links: [] };
  return undefined;
}

/** The text of a field's label in Decap's form, without its （可选） mark. */
const labelText = (label: Element) => (label.firstChild?.textContent ?? '').trim();

/**
 * Each problem of the open entry is also written next to its field, under the field's label
 * (Decap's own problems sit there too); the lists are replaced whenever the status changes.
 */
export function markFields(doc: Document, problems: readonly HoldProblem[]): void {
  for (const old of doc.querySelectorAll('.xh-field-problems')) old.remove();
  const byLabel = new Map<string, HoldProblem[]>();
  for (const p of problems) byLabel.set(p.label, [...(byLabel.get(p.label) ?? []), p]);
  for (const label of doc.querySelectorAll('label[for]')) {
    const own = byLabel.get(labelText(label));
    // The label sits in the field's top bar; the list goes just below that bar.
    const bar = label.parentElement;
    if (!own || !bar) continue;
    const list = doc.createElement('ul');
    list.className = 'xh-field-problems';
    list.setAttribute('role', 'alert');
    for (const problem of own) {
      const item = doc.createElement('li');
      item.textContent = problemText(problem);
      list.append(item);
    }
    bar.after(list);
    byLabel.delete(labelText(label));
  }
}

/** Sent on the window by the CMS's backend (admin/local-backend.ts) once an account is signed in. */
export const SIGNED_IN_EVENT = 'xinhuo:signed-in';

/**
 * Polls the status and keeps a notice in the corner of the CMS up to date. The editor can close
 * a notice (on a phone it covers part of the form); a different notice shows again, and the
 * problems stay under their fields.
 */
export function showPublishStatus(doc: Document, win: Window, url: string, interval = 3000): void {
  const box = doc.createElement('section');
  box.className = 'xh-publish-status';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.hidden = true;
  doc.body.append(box);
  let status: PublishStatus | undefined;
  let shown = '';
  let closed = '';
  const render = () => {
    const notice = status && noticeFor(status, win.location.hash);
    const problems = status ? openProblems(status, win.location.hash) : [];
    // Decap renders the form after the status may have arrived: the field lists follow it.
    if (problems.length && !doc.querySelector('.xh-field-problems')) markFields(doc, problems);
    const key = JSON.stringify([notice ?? null, problems]);
    if (key === shown) return;
    shown = key;
    markFields(doc, problems);
    box.hidden = !notice || closed === key;
    box.replaceChildren();
    if (!notice) {
      closed = ''; // the next notice shows, even one that reads like a closed one
      return;
    }
    box.dataset.kind = notice.kind;
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'xh-publish-status-close';
    close.textContent = '×';
    close.setAttribute('aria-label', '关闭提示');
    close.addEventListener('click', () => {
      closed = key;
      box.hidden = true;
    });
    const title = doc.createElement('strong');
    title.textContent = notice.title;
    box.append(close, title);
    for (const line of notice.lines) {
      const p = doc.createElement('p');
      p.textContent = line;
      box.append(p);
    }
    if (notice.links.length) {
      const list = doc.createElement('ul');
      for (const link of notice.links) {
        const a = doc.createElement('a');
        a.href = link.href;
        a.textContent = link.text;
        const li = doc.createElement('li');
        li.append(a);
        list.append(li);
      }
      box.append(list);
    }
  };
  let signedIn = false;
  const poll = async () => {
    if (!signedIn) return; // the status is for signed-in editors only: no request before (it would be refused)
    try {
      const response = await win.fetch(url, { cache: 'no-store' });
      status = response.ok ? ((await response.json()) as PublishStatus) : undefined;
      if (response.status === 401) signedIn = false; // signed out or expired: polling starts again at the next sign-in
    } catch {
      status = undefined; // the live site is restarting; the next poll will tell
    }
    render();
    if (signedIn) win.setTimeout(poll, interval);
  };
  win.addEventListener('hashchange', render);
  win.addEventListener(SIGNED_IN_EVENT, () => {
    if (signedIn) return;
    signedIn = true;
    void poll();
  });
}
