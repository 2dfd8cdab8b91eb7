/** The quiz on a lesson page: choose, check, see the explanation; answers are kept in the reader's record. */
import { loadRecord, recordAnswer, lessonSummary, saveRecord } from '../learning.ts';

const quiz = document.querySelector<HTMLElement>('.quiz');
if (quiz) {
  const lesson = quiz.dataset.lesson ?? '';
  const course = quiz.dataset.course ?? '';
  const questions = [...quiz.querySelectorAll<HTMLElement>('.quiz-question')];
  const scoreText = quiz.querySelector<HTMLElement>('[data-quiz-score]');
  const load = () => loadRecord();

  const showScore = () => {
    const s = lessonSummary(load().lessons[lesson], questions.length);
    if (scoreText) scoreText.textContent = `已答 ${s.answered}/${s.questions} 题，答对 ${s.right} 题`;
  };
  const showResult = (item: HTMLElement, right: boolean) => {
    const result = item.querySelector<HTMLElement>('.quiz-result');
    if (result) {
      result.hidden = false;
      result.classList.remove('hidden');
      result.textContent = right ? '✓ 回答正确' : '✗ 回答错误';
      result.dataset.right = String(right);
      result.classList.toggle('text-accent', !right);
    }
    const solution = item.querySelector('details');
    if (solution) solution.open = true;
  };

  const saved = load().lessons[lesson];
  for (const item of questions) {
    const index = Number(item.dataset.index);
    const answer = (item.dataset.answer ?? '').split(',').map(Number);
    const inputs = [...item.querySelectorAll<HTMLInputElement>('input')];
    const button = item.querySelector<HTMLButtonElement>('.quiz-check');
    button?.classList.remove('hidden');
    const previous = saved?.answers[String(index)];
    if (previous) {
      for (const input of inputs) input.checked = previous.includes(Number(input.value));
      showResult(item, saved?.correct[String(index)] === true);
    }
    button?.addEventListener('click', () => {
      const chosen = inputs.filter((i) => i.checked).map((i) => Number(i.value));
      if (chosen.length === 0) return;
      const record = recordAnswer(load(), { lesson, course, question: index }, chosen, answer, new Date());
      saveRecord(record);
      showResult(item, record.lessons[lesson]?.correct[String(index)] === true);
      showScore();
    });
  }
  showScore();
}
