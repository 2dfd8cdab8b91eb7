import { describe, expect, it } from 'vitest';
import { isCurrent } from './nav.ts';

describe('isCurrent', () => {
  it('marks home only on the home page', () => {
    expect(isCurrent('', '')).toBe(true);
    expect(isCurrent('', 'materials/')).toBe(false);
  });
  it('marks a section on its pages', () => {
    expect(isCurrent('materials/', 'materials/some-doc/')).toBe(true);
    expect(isCurrent('categories/news/', 'categories/theory/')).toBe(false);
  });
});
