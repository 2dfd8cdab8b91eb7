/** Data access for courses: published courses with their published lessons. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupBy, isPublished } from '../lib/queries.ts';
import { routes } from '../lib/urls.ts';
import type { CatalogueCourse } from './learning.ts';
import { oncePerBuild } from '../site/data.ts';

export type Course = CollectionEntry<'courses'>;
export type Lesson = CollectionEntry<'lessons'>;

/** Published courses, by title, each with its published lessons in order. */
export const getCourses = oncePerBuild(async (): Promise<{ course: Course; lessons: Lesson[] }[]> => {
  const lessons = groupBy((await getCollection('lessons')).filter(isPublished), (l) => l.data.course);
  return (await getCollection('courses'))
    .filter(isPublished)
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'))
    .map((course) => ({
      course,
      lessons: [...(lessons.get(course.id) ?? [])].sort((a, b) => a.data.order - b.data.order),
    }));
});

/** What 我的学习 needs to name and link the courses and lessons in a reader's record. */
export const getLearningCatalogue = oncePerBuild(async (): Promise<CatalogueCourse[]> =>
  (await getCourses()).map(({ course, lessons }) => ({
    id: course.id,
    title: course.data.title,
    hours: course.data.hours,
    url: routes.course(course.id),
    lessons: lessons.map((l) => ({
      id: l.id,
      title: l.data.title,
      url: routes.lesson(course.id, l.id),
      questions: l.data.quiz.length,
    })),
  })),
);
