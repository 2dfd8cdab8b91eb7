/**
 * A file's `---` frontmatter block, as the CMS splits an entry: YAML between the fences (group 1),
 * and the body it edits starts right after the closing fence's line (admin/format.ts). Body lines
 * reported to editors count from there (src/checks/check-entries.ts).
 */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** How many lines of a file come before the body the CMS shows (the fences and the YAML). */
export function linesBeforeBody(file: string): number {
  const match = FRONTMATTER.exec(file);
  return match ? match[0].split('\n').length - 1 : 0;
}
