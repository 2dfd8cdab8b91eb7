import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes, mediaFileSize } from './files.ts';

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [12_400, '12 KB'],
    [1_468_006, '1.4 MB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('mediaFileSize', () => {
  it('reads the size of a media file under public/, and undefined for a missing one', () => {
    const publicDir = mkdtempSync(join(tmpdir(), 'xinhuo-public-'));
    mkdirSync(join(publicDir, 'uploads'));
    writeFileSync(join(publicDir, 'uploads', '手册.docx'), 'x'.repeat(2048));
    expect(mediaFileSize('/uploads/%E6%89%8B%E5%86%8C.docx', publicDir)).toBe(2048);
    expect(mediaFileSize('/uploads/none.pdf', publicDir)).toBeUndefined();
  });
});
