import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/model/collections.ts';
import { describeValue } from './previews.ts';

const articles = COLLECTIONS.find((c) => c.name === 'articles')!;
const branch = articles.fields.find((f) => f.kind === 'relation')!;

describe('describeValue', () => {
  it('names a referenced entry, not its id', () => {
    const labels = { branches: { 'admin-first': '机关第一党支部' } };
    expect(describeValue(branch, 'admin-first', labels)).toBe('机关第一党支部');
  });

  it('shows the id of an entry it has no name for (created since the last build)', () => {
    expect(describeValue(branch, 'new-branch', { branches: {} })).toBe('new-branch');
  });
});
