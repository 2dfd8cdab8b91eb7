import { defineCollection } from 'astro:content';
import {
  activities,
  articles,
  assessmentSettings,
  branches,
  courses,
  lessons,
  materials,
  pages,
  siteSettings,
  topicsSettings,
} from './model/collections.ts';
import type { CollectionDef, SingletonDef } from './model/fields.ts';
import { LOOKUPS_ON_DISK, modelLoader, singletonLoader } from './checks/loader.ts';
import { toZodSchema } from './model/to-zod.ts';

// Thin on purpose: every field is declared in src/model/collections.ts.
const folder = <const D extends CollectionDef>(def: D) => {
  const schema = toZodSchema(def, LOOKUPS_ON_DISK);
  return defineCollection({ loader: modelLoader(def, schema), schema });
};
const settings = <const D extends SingletonDef>(def: D) => {
  const schema = toZodSchema(def, LOOKUPS_ON_DISK);
  return defineCollection({ loader: singletonLoader(def, schema), schema });
};

export const collections = {
  articles: folder(articles),
  materials: folder(materials),
  courses: folder(courses),
  lessons: folder(lessons),
  activities: folder(activities),
  branches: folder(branches),
  pages: folder(pages),
  site: settings(siteSettings),
  assessment: settings(assessmentSettings),
  topics: settings(topicsSettings),
};
