/** The course page's lesson list: each lesson's status and the course's progress from the reader's record. */
import { courseSummary, lessonSummary, loadRecord } from '../learning.ts';

const record = loadRecord();
for (const box of document.querySelectorAll<HTMLElement>('.course-progress')) {
  const items = [...box.querySelectorAll<HTMLElement>('[data-lesson]')];
  const lessons = items.map((item) => ({ id: item.dataset.lesson ?? '', questions: Number(item.dataset.questions) }));
  items.forEach((item, i) => {
    const lesson = lessons[i]!;
    const s = lessonSummary(record.lessons[lesson.id], lesson.questions);
    const status = item.querySelector<HTMLElement>('[data-lesson-status]');
    if (!status) return;
    status.dataset.lessonStatus = s.done ? 'done' : s.opened ? 'opened' : 'new';
    status.textContent = s.done
      ? `已完成${s.questions ? `（${s.right}/${s.questions}）` : ''}`
      : s.opened
        ? `学习中${s.answered ? `（已答 ${s.answered} 题）` : ''}`
        : '未学';
    status.classList.toggle('text-accent', s.done);
  });
  const summary = courseSummary(record, lessons);
  const text = box.querySelector<HTMLElement>('[data-course-summary]');
  if (text) text.textContent = `共 ${summary.total} 讲，已完成 ${summary.done} 讲（${summary.percent}%）`;
}
