import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';

/** Attachment types whose text is indexed. */
export const EXTRACTABLE = ['.pdf', '.docx'] as const;

export function isExtractable(path: string): boolean {
  return (EXTRACTABLE as readonly string[]).includes(extname(path).toLowerCase());
}

const require = createRequire(import.meta.url);
/** pdf.js needs its character maps for CJK fonts and its standard fonts, both shipped in the package. */
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

// pdf.js and mammoth are loaded on the first attachment only: most shards of the index have none,
// and every index worker would otherwise pay for loading them.
async function pdfText(data: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loadingTask = getDocument({
    data,
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    useSystemFonts: false,
    verbosity: 0,
  });
  const document = await loadingTask.promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
    page.cleanup();
  }
  await document.cleanup();
  await loadingTask.destroy();
  return pages.join('\n');
}

async function docxText(buffer: Buffer): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer });
  return value;
}

/**
 * The plain text of a PDF or Word (.docx) file, with runs of white space collapsed.
 * Throws with the file's path when the file cannot be read as its extension says.
 */
export async function extractText(path: string): Promise<string> {
  const buffer = await readFile(path);
  const type = extname(path).toLowerCase();
  try {
    const raw = type === '.pdf' ? await pdfText(new Uint8Array(buffer)) : await docxText(buffer);
    return (
      raw
        .replace(/[ \t\u00a0\u3000]+/g, ' ')
        .replace(/\s*\n\s*/g, '\n')
        // PDF lines wrap inside sentences: 发\n现 is one word.
        .replace(/(\p{Script=Han})\n(?=\p{Script=Han})/gu, '$1')
        .trim()
    );
  } catch (error) {
    throw new Error(`${path}: cannot read the text of this ${type} file (${(error as Error).message})`, {
      cause: error,
    });
  }
}
