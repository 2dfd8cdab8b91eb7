/** 我的学习: the reader's courses, lessons and scores from the record in this browser; export and clear. */
import { el } from '../../lib/dom.ts';
import { clearRecord, courseSummary, lessonSummary, loadRecord, type CatalogueCourse } from '../learning.ts';

const root = document.getElementById('my-learning');
const catalogue: CatalogueCourse[] = JSON.parse(root?.dataset.catalogue ?? '[]');

function render() {
  const record = loadRecord();
  const list = root?.querySelector('[data-courses]');
  if (!list) return;
  list.replaceChildren();
  const started = catalogue.filter((c) => c.lessons.some((l) => record.lessons[l.id]));
  root?.querySelector<HTMLElement>('[data-empty]')?.toggleAttribute('hidden', started.length > 0);
  for (const course of started) {
    const summary = courseSummary(record, course.lessons);
    const item = el('li', 'rounded-xl border border-line bg-surface p-5');
    item.dataset.course = course.id;
    const heading = el('h2', 'text-lg font-semibold text-ink');
    const link = el('a', 'hover:text-accent', course.title);
    link.href = course.url;
    heading.append(link);
    const total = el(
      'p',
      'mt-1 text-sm text-muted',
      `已完成 ${summary.done}/${summary.total} 讲（${summary.percent}%），课程 ${course.hours} 学时`,
    );
    total.dataset.courseSummary = '';
    const lessons = el('ul', 'mt-3 space-y-1 text-sm');
    for (const lesson of course.lessons) {
      const s = lessonSummary(record.lessons[lesson.id], lesson.questions);
      const row = el('li', 'flex justify-between gap-3');
      const a = el('a', 'text-ink hover:text-accent', lesson.title);
      a.href = lesson.url;
      const score = s.questions ? `自测 ${s.right}/${s.questions}` : '';
      const state = el(
        'span',
        'shrink-0 text-muted',
        s.done ? `已完成 ${score}` : s.opened ? `学习中 ${score}` : '未学',
      );
      state.dataset.lessonStatus = s.done ? 'done' : s.opened ? 'opened' : 'new';
      row.append(a, state);
      lessons.append(row);
    }
    item.append(heading, total, lessons);
    list.append(item);
  }
}

root?.querySelector('[data-export]')?.addEventListener('click', () => {
  const record = loadRecord();
  const blob = new Blob([JSON.stringify({ exportedAt: new Date().toISOString(), ...record }, null, 2)], {
    type: 'application/json',
  });
  const link = el('a');
  link.href = URL.createObjectURL(blob);
  link.download = `xinhuo-learning-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
});
root?.querySelector('[data-clear]')?.addEventListener('click', () => {
  if (!confirm('确定清除本机的全部学习记录吗？此操作不可撤销。')) return;
  clearRecord();
  render();
});
render();
