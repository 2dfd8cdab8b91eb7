/** Marks the lesson on the page as opened in the reader's record. */
import { loadRecord, markOpened, saveRecord } from '../learning.ts';

const marker = document.querySelector<HTMLElement>('lesson-opened');
if (marker?.dataset.lesson && marker.dataset.course) {
  saveRecord(markOpened(loadRecord(), marker.dataset.lesson, marker.dataset.course, new Date()));
}
