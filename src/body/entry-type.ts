/**
 * The `.mdx` content entry type: frontmatter as data, the body rendered to HTML when the content
 * layer loads the file (as Astro does for `.md`), so `render(entry)` returns stored HTML and
 * headings and no MDX file becomes a JavaScript module. The content layer caches the result by the
 * file's digest: an unchanged entry is not rendered again on the next build.
 *
 * A body that breaks a rule is not thrown here (the glob loader would only log it): its problems
 * are stored with the entry and src/checks/loader.ts stops the build with them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroConfig } from 'astro';
import type { BodyProblem } from './problems.ts';
import { renderBody, type Heading } from './render.ts';
import type { Reference } from './transform.ts';

/** What the content layer stores of a rendered body (`entry.rendered`). */
export interface RenderedBody {
  html: string;
  metadata: {
    headings: Heading[];
    /** Site paths the body links to or shows, checked on every build (other files may change). */
    references: Reference[];
    /** Rules the body breaks, with lines in the file; the build stops on them. */
    problems: BodyProblem[];
  };
}

/** Where a trimmed body starts in its file: lines before it, and columns before it on its first line. */
export function bodyOffset(file: string, body: string): { lines: number; columns: number } {
  // The body is the end of its file: its last occurrence, never a match inside the frontmatter.
  const start = body ? file.lastIndexOf(body) : -1;
  if (start < 0) return { lines: 0, columns: 0 };
  const before = file.slice(0, start);
  const lastBreak = before.lastIndexOf('\n');
  return { lines: before.split('\n').length - 1, columns: start - lastBreak - 1 };
}

/** Moves a point of the body to the same point of its file. */
const inFile =
  (offset: { lines: number; columns: number }) =>
  <P extends { line: number; column: number }>(point: P): P => ({
    ...point,
    line: point.line + offset.lines,
    column: point.line === 1 ? point.column + offset.columns : point.column,
  });

/** The parts of Astro's config a body's rendering depends on. */
export interface RenderConfig {
  base: string;
  markdown: { gfm?: unknown; smartypants?: unknown };
}

/** Renders one entry's body with the deployment's base path and Markdown features. */
export function renderEntryBody(body: string, filePath: string | undefined, config: RenderConfig): RenderedBody {
  let file = body;
  try {
    if (filePath) file = readFileSync(filePath, 'utf8');
  } catch {
    // The file went away between the loader's read and this one; report lines within the body.
  }
  const move = inFile(bodyOffset(file, body));
  const result = renderBody(body, {
    base: config.base,
    features: { gfm: config.markdown.gfm !== false, smartPunctuation: config.markdown.smartypants !== false },
  });
  if (!result.ok) return { html: '', metadata: { headings: [], references: [], problems: result.problems.map(move) } };
  return {
    html: result.html,
    metadata: { headings: result.headings, references: result.references.map(move), problems: [] },
  };
}

/** The content entry type Astro's glob loader uses for `.mdx` files (see src/integrations/mdx-bodies.ts). */
export const mdxEntryType = {
  extensions: ['.mdx'],
  getEntryInfo({ contents, fileUrl }: { contents: string; fileUrl: URL }) {
    const parsed = parseYamlFrontmatter(contents, fileURLToPath(fileUrl));
    return {
      data: parsed.frontmatter,
      body: parsed.content.trim(),
      slug: parsed.frontmatter.slug as string,
      rawData: parsed.rawFrontmatter,
    };
  },
  // Bodies are HTML: no styles or scripts to propagate.
  handlePropagation: false,
  async getRenderFunction(config: AstroConfig) {
    return async (entry: { body?: string; filePath?: string }) =>
      renderEntryBody(entry.body ?? '', entry.filePath && absolute(entry.filePath, config), config);
  },
};

/** Parses the frontmatter as @astrojs/mdx did, with the file and line on YAML errors. */
function parseYamlFrontmatter(contents: string, file: string) {
  try {
    return parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const yaml = error as Error & {
      id?: string;
      loc?: object;
      reason?: string;
      mark?: { line: number; column: number };
    };
    if (yaml.name === 'YAMLException' && yaml.mark) {
      yaml.id = file;
      yaml.loc = { file, line: yaml.mark.line + 1, column: yaml.mark.column };
      yaml.message = yaml.reason ?? yaml.message;
    }
    throw yaml;
  }
}

const absolute = (filePath: string, config: AstroConfig) =>
  filePath.startsWith('/') ? filePath : fileURLToPath(new URL(filePath, config.root));
