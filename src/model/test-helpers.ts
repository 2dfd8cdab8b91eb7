import type { Lookups } from './to-zod.ts';

/** Factories for model tests: valid entries that a test then breaks one field at a time. */
export const validArticle = (overrides: Record<string, unknown> = {}) => ({
  title: '学院党委召开理论学习中心组学习会',
  date: new Date('2026-10-14T00:00:00Z'),
  summary: '学院党委理论学习中心组围绕党的创新理论开展专题学习研讨。',
  category: 'news',
  tags: ['理论学习'],
  author: '党委宣传部',
  ...overrides,
});

export const validActivity = (overrides: Record<string, unknown> = {}) => ({
  title: '信息工程学院教工党支部10月支委会',
  branch: 'it-faculty',
  type: 'committee-meeting',
  date: '2026-10-14 14:30',
  location: '实训楼A305',
  host: '李文涛',
  expected: 7,
  attended: 6,
  summary: '研究第四季度发展党员工作和主题党日安排。',
  ...overrides,
});

/** Lookups with a fixed set of branches and courses, and media files under /uploads/ok/. */
export const fakeLookups: Lookups = {
  ids: (collection) => new Set(FAKE_IDS[collection] ?? []),
  mediaExists: (path) => path.startsWith('/uploads/ok/'),
};

const FAKE_IDS: Record<string, string[]> = {
  branches: ['it-faculty', 'mech-faculty'],
  courses: ['party-basics-2026'],
};
