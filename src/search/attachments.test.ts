import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, isExtractable } from './attachments.ts';

const materials = join(process.cwd(), 'public/uploads/materials');

describe('extractText', () => {
  it('reads the Chinese text of a PDF, joining lines that wrap inside a sentence', async () => {
    const text = await extractText(join(materials, 'party-member-development-implementation-2026.pdf'));
    expect(text).toContain('全院计划发展党员180名');
    expect(text).toContain('注重在低年级学生中做好入党启蒙教育');
  });

  it('reads the text of a Word document', async () => {
    const text = await extractText(join(materials, 'party-branch-work-handbook-2026-excerpt.docx'));
    expect(text).toContain('支部建在专业上');
  });

  it('names the file when it is not what its extension says', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xinhuo-attachments-'));
    const fake = join(dir, 'broken.pdf');
    await writeFile(fake, 'not a pdf');
    await expect(extractText(fake)).rejects.toThrow(/broken\.pdf: cannot read the text of this \.pdf file/);
  });
});

describe('isExtractable', () => {
  it('accepts PDF and Word files only', () => {
    expect(isExtractable('/uploads/a.PDF')).toBe(true);
    expect(isExtractable('/uploads/a.docx')).toBe(true);
    expect(isExtractable('/uploads/a.doc')).toBe(false);
    expect(isExtractable('/uploads/a.png')).toBe(false);
  });
});
