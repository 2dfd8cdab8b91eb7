/**
 * Checks one content file from its bytes to its fields, reporting every problem with its line:
 * the raw-file checks, the frontmatter fences, YAML syntax (parsed with the `yaml` package, whose
 * nodes know their position) and the model's schema mapped back onto those positions. The loader
 * runs this on every file before Astro parses it, `npm run check:content` runs it over the whole
 * content folder, and the bad-input corpus test runs it on every case: one code path.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { SLUG_PATTERN, slugify } from '../lib/slug.ts';
import type { Field } from '../model/fields.ts';
import { explainIssues, formatContentError, resolveField, type FieldProblem } from '../model/messages.ts';
import type { RawCheckCache } from './raw-cache.ts';
import { checkRawFile, splitLines, yamlRegion, type SourceProblem } from './raw-checks.ts';

/** What the checks need to know about the file's place in the model. */
export interface EntryModel {
  fields: readonly Field[];
  schema: z.ZodType;
  format: 'mdx' | 'yml';
}

/** The pseudo-field of problems that concern the whole file or its body. */
const WHOLE_FILE = { path: 'file', label: '整个文件' };
const BODY = { path: 'body', label: '正文' };

/** A key at the start of a YAML line (`title:`, `  - file:`), with its indentation. */
const KEY_LINE = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*[:：]/;

/** The field a line of YAML belongs to: the top-level key above it, and the line's own key when nested. */
function fieldAtLine(fields: readonly Field[], lines: readonly string[], first: number, line: number) {
  let own: string | undefined;
  for (let n = line; n >= first; n--) {
    const match = KEY_LINE.exec(lines[n - 1] ?? '');
    if (!match) continue;
    const [, indent, key] = match;
    if (indent === '' && !(lines[n - 1] ?? '').startsWith('-')) {
      const path = own && own !== key ? [key!, own] : [key!];
      const top = resolveField(fields, [key!]);
      const inner = top.field?.kind === 'objectList' ? top.field.fields.find((f) => f.name === own) : undefined;
      return { path: path.join('.'), label: inner ? `${top.label} › ${inner.label}` : top.label };
    }
    own ??= key;
  }
  return WHOLE_FILE;
}

/** What the YAML parser's error codes mean for an editor. */
const YAML_ERRORS: Record<string, [zh: string, en: string]> = {
  MISSING_CHAR: [
    '引号没有闭合：以引号开头的值必须以同样的引号结束（如 title: "……"）；值里本身有引号时，改用另一种引号或中文引号“”',
    'A quoted value is not closed; end it with the same quote',
  ],
  DUPLICATE_KEY: ['同一个字段写了两次：请删除其中一行', 'The same key appears twice; remove one'],
  TAB_AS_INDENT: ['缩进用了 Tab 键：YAML 只能用空格缩进', 'Tabs are not allowed as indentation; use spaces'],
  BAD_INDENT: ['缩进不对：同一层级的字段必须对齐，子项比上一级多两个空格', 'Bad indentation; align keys of one level'],
  BLOCK_AS_IMPLICIT_KEY: [
    '格式不对：每行写一个“字段名: 值”；值里有英文冒号“: ”时请给整个值加引号；下一行是否多了缩进？',
    'Not "key: value"; quote values that contain ": ", and check the next line’s indentation',
  ],
  MULTILINE_IMPLICIT_KEY: [
    '格式不对：这一行不是“字段名: 值”（缺少英文冒号？），或上一行的缩进不对',
    'Not "key: value" (missing colon?), or the line above is indented wrongly',
  ],
  UNEXPECTED_TOKEN: ['这里有多余或放错位置的字符', 'Unexpected characters here'],
  BAD_SCALAR_START: [
    '值不能以这个符号开头（如 @ ` % |）：请给整个值加引号',
    'A value cannot start with this character; quote it',
  ],
};

const OVER_INDENTED: [string, string] = [
  '这一行的缩进比上一行多：同一层级的字段必须左对齐，请删掉行首多余的空格',
  'This line is indented more than the line above; align it with the other keys (remove the leading spaces)',
];

/**
 * The parser reports an over-indented `key: value` line on the line above it ("nested mappings
 * are not allowed in compact mappings"); returns the line really at fault, if that is the case.
 */
function overIndented(lines: readonly string[], line: number, last: number): number | undefined {
  const indent = (text: string) => /^ */.exec(text)![0].length;
  const current = lines[line - 1] ?? '';
  const next = lines[line] ?? '';
  const valueOnLine = /^\s*(?:-\s+)?[\w-]+:\s+\S/.test(current);
  return line < last && valueOnLine && KEY_LINE.test(next) && indent(next) > indent(current) ? line + 1 : undefined;
}

/** The line of a YAML error; an unclosed quote is reported where the quoted value starts, not at the end of the file. */
function yamlErrorLine(doc: Document, counter: LineCounter, error: YAMLError): number {
  let at = error.pos[0];
  if (error.code === 'MISSING_CHAR') {
    visit(doc, {
      Scalar(_, node) {
        const [start, end] = node.range ?? [0, 0];
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && start < at && end >= at) at = start;
      },
    });
  }
  return counter.linePos(at).line;
}

/** The line of the node at a path of the document; for a missing key, the line of the object it belongs in. */
function lineOfPath(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  key?: string,
): number | undefined {
  const keys = path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  if (key !== undefined) {
    const map = keys.length ? doc.getIn(keys, true) : doc.contents;
    const pair = isMap(map)
      ? map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
      : undefined;
    const range = isPair(pair) && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? counter.linePos(range[0]).line : undefined;
  }
  for (let depth = keys.length; depth >= 1; depth--) {
    const node = doc.getIn(keys.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Lines 1-based in the file; `offset` is the number of lines before the YAML starts. */
const withLine = (problem: Omit<FieldProblem, 'line'>, line: number | undefined): FieldProblem =>
  line === undefined ? problem : { ...problem, line };

/**
 * Checks a content file's bytes against its model and returns every problem found, each with its
 * line (1-based, in the file), field and fix. An empty list means the file is fine.
 */
export function checkEntrySource(
  model: EntryModel,
  bytes: Uint8Array,
  rawCheck: RawCheckCache['check'] = checkRawFile,
): FieldProblem[] {
  const raw = rawCheck(bytes, model.format);
  if (raw.text === undefined)
    return raw.problems.map(({ line, column, zh, en }) => ({ ...WHOLE_FILE, line, column, zh, en }));
  const lines = splitLines(raw.text);
  const region = yamlRegion(lines, model.format);
  const located = (p: SourceProblem): FieldProblem => {
    const inYaml = region && p.line >= region.first && p.line <= region.last;
    const where =
      p.wholeFile || (!inYaml && p.line === 1)
        ? WHOLE_FILE
        : inYaml
          ? fieldAtLine(model.fields, lines, region.first, p.line)
          : BODY;
    return { ...where, line: p.line, column: p.column, zh: p.zh, en: p.en };
  };
  const problems = raw.problems.map(located);
  if (!region) {
    return [
      ...problems,
      {
        ...WHOLE_FILE,
        line: 1,
        zh: '文件没有以 frontmatter 开头：第 1 行必须是 ---，随后每行一个“字段名: 值”，再以一行 --- 结束，然后才是正文。请在文件开头补上这些字段（可参照同栏目的其他文件）。',
        en: 'The file does not start with frontmatter: line 1 must be ---, then "key: value" lines, then a --- line.',
      },
    ];
  }
  if (!region.closed) {
    problems.push({
      ...WHOLE_FILE,
      line: 1,
      zh: '第 1 行的 --- 开始了 frontmatter，但后面没有结束它的 --- 行：请在最后一个字段之后、正文之前加一行 ---。',
      en: 'The frontmatter opened by --- on line 1 is never closed; add a --- line after the last field, before the body.',
    });
    return problems;
  }
  const offset = region.first - 1;
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(offset, region.last).join('\n'), {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  // A raw-check hint on the same line (full-width colon …) already explains the parser's error.
  const explained = new Set(raw.problems.filter((p) => p.syntax).map((p) => p.line));
  for (const error of doc.errors) {
    const reported = yamlErrorLine(doc, counter, error) + offset;
    if (explained.has(reported) || explained.has(reported + 1) || problems.some((p) => p.line === reported)) continue;
    const indented = overIndented(lines, reported, region.last);
    const line = indented ?? reported;
    const [zh, en] = indented
      ? OVER_INDENTED
      : (YAML_ERRORS[error.code] ?? ['YAML 格式不对，请对照其他字段的写法修改', 'YAML syntax error']);
    // An over-indented key is a field of its own, not a child of the key above.
    const ownKey = indented ? KEY_LINE.exec(lines[line - 1] ?? '')?.[2] : undefined;
    const field = ownKey ? { path: ownKey, label: resolveField(model.fields, [ownKey]).label } : undefined;
    problems.push({
      ...(field ?? fieldAtLine(model.fields, lines, region.first, line)),
      line,
      zh: `${zh}。`,
      en: `${en} (${error.message}).`,
    });
  }
  // After a syntax error the data is partial: still report the fields that parsed and are wrong.
  const partial = problems.length > 0;
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    if (partial) return dedupe(problems);
    return [
      {
        ...WHOLE_FILE,
        line: region.first,
        zh: `第 ${region.first} 行起应是“字段名: 值”形式的字段列表，现在不是（或者是空的）：请按“字段名: 值”逐行填写。`,
        en: `Expected "key: value" fields from line ${region.first}; found none.`,
      },
    ];
  }
  const result = model.schema.safeParse(data);
  if (result.success) return dedupe(problems);
  // One problem per unknown key, each on its own line.
  const issues = result.error.issues.flatMap((issue): z.core.$ZodIssue[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
  const explainedIssues = explainIssues(model.fields, issues, data);
  const taken = new Set(problems.map((p) => p.line));
  explainedIssues.forEach((problem, i) => {
    const issue = issues[i]!;
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const inFile = lineOfPath(doc, counter, issue.path, key);
    // A missing top-level field belongs before the closing fence (MDX) or at the end of the file.
    const line = inFile === undefined ? region.last + (model.format === 'mdx' ? 1 : 0) : inFile + offset;
    const present = key === undefined && doc.getIn(issue.path.map(String), true) !== undefined;
    if (partial && (!present || taken.has(line))) return;
    const unknown = key && { path: [...issue.path, key].join('.'), label: '未知字段' };
    problems.push(withLine(unknown ? { ...problem, ...unknown } : problem, line));
  });
  return dedupe(problems);
}

/** Problems of two layers can meet on one line (a quote and a control character); keep each message once. */
const dedupe = (problems: FieldProblem[]) =>
  problems.filter((p, i) => problems.findIndex((q) => q.line === p.line && q.zh === p.zh) === i);

/** A problem of a file as a whole (its name, its place), found by looking at the folder. */
export interface FileProblem {
  file: string;
  problems: FieldProblem[];
}

/** Files a content folder may hold besides entries (system files, editors' backup and swap files): never reported. */
const HARMLESS = /^(\.gitkeep|\.DS_Store|Thumbs\.db|desktop\.ini)$|~$|^\.#|^\..*\.sw[a-p]$/;

/**
 * Checks the names of the files in a collection's folder (paths relative to it): names that
 * cannot be URLs, files the loader would silently skip (a `.md` among `.mdx`, a file named only
 * `.mdx`), and two files that would get one id. `dir` prefixes the paths in the messages.
 */
export function checkFolderNames(dir: string, format: 'mdx' | 'yml', files: readonly string[]): FileProblem[] {
  const accepted = format === 'mdx' ? ['.mdx'] : ['.yml', '.yaml'];
  const found: FileProblem[] = [];
  const report = (file: string, zh: string, en: string) =>
    found.push({ file: `${dir}/${file}`, problems: [{ ...WHOLE_FILE, path: 'file name', label: '文件名', zh, en }] });
  const ids = new Map<string, string>();
  for (const file of [...files].sort()) {
    const name = basename(file);
    if (HARMLESS.test(name)) continue;
    const ext = extname(name).toLowerCase();
    const stem = name.startsWith('.') && !extname(name.slice(1)) ? '' : basename(name, extname(name));
    if (stem === '') {
      report(
        file,
        `文件名是空的（只有扩展名“${name}”），网站不会读取它。请给文件起一个由小写字母、数字和连字符组成的名字，例如 new-article${accepted[0]}。`,
        `The file name is empty ("${name}") and the file would be skipped; name it, e.g. new-article${accepted[0]}.`,
      );
      continue;
    }
    if (!accepted.includes(extname(name))) {
      const twin = files.find(
        (other) => other !== file && basename(other, extname(other)).toLowerCase() === stem.toLowerCase(),
      );
      report(
        file,
        `扩展名“${extname(name) || '（无）'}”不对，网站不会读取这个文件${accepted.includes(ext) ? '（扩展名要用小写）' : ''}。这个栏目的文件扩展名必须是 ${accepted.join(' 或 ')}${twin ? `；另外已有同名文件 ${dir}/${twin}，请合并两者或删除其中一个` : '：请重命名'}。`,
        `The extension "${extname(name)}" is not read here; use ${accepted.join(' or ')}${twin ? `; ${dir}/${twin} has the same name: merge or delete one` : ''}.`,
      );
      continue;
    }
    if (!SLUG_PATTERN.test(stem)) {
      const suggestion = slugify(stem) || 'new-entry';
      report(
        file,
        `文件名“${stem}”不能用作网址：只能使用小写字母、数字和连字符（不能有空格、中文或大写字母），例如 ${suggestion}。请重命名文件。`,
        `The file name must be an ASCII slug (a-z, 0-9, -), e.g. ${suggestion}. Rename the file.`,
      );
    }
    const id = stem.toLowerCase();
    const first = ids.get(id);
    if (first) {
      report(
        file,
        `与 ${dir}/${first} 的文件名重复（“${id}”${stem !== basename(first, extname(first)) ? '，只有大小写不同' : ''}）。文件名就是网址，必须唯一：请重命名其中一个文件。`,
        `Duplicate id "${id}": ${dir}/${first} has the same file name. Ids are URLs and must be unique; rename one.`,
      );
    } else ids.set(id, file);
  }
  return found;
}

/** A set of content files checked together: a collection's folder, or one settings file. */
export interface SourceSet extends EntryModel {
  /** Folder of the files, relative to the project root (`src/content/articles`). */
  dir: string;
  /** The files, relative to `dir`. */
  files: readonly string[];
  /** Whether the file names are entry ids (folder collections), to be checked as such. */
  namesAreIds: boolean;
}

/** Checks the names and contents of a set of files under a project root; returns the files with problems. */
export function checkSources(root: string, set: SourceSet, rawCache?: RawCheckCache): FileProblem[] {
  const found = set.namesAreIds ? checkFolderNames(set.dir, set.format, set.files) : [];
  const accepted = set.format === 'mdx' ? /\.mdx$/ : /\.ya?ml$/;
  for (const file of set.files) {
    if (!accepted.test(file) || basename(file).startsWith('.')) continue;
    const path = `${set.dir}/${file}`;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(root, path));
    } catch {
      found.push({
        file: path,
        problems: [
          {
            ...WHOLE_FILE,
            zh: '文件不存在或无法读取。请从版本库恢复它。',
            en: 'The file is missing or unreadable; restore it.',
          },
        ],
      });
      continue;
    }
    const problems = checkEntrySource(set, bytes, rawCache?.check);
    const named = found.find((f) => f.file === path);
    if (named) named.problems.push(...problems);
    else if (problems.length) found.push({ file: path, problems });
  }
  return found;
}

/** The message of every file with problems, as one text. */
export const formatFileProblems = (found: readonly FileProblem[]): string =>
  found.map(({ file, problems }) => formatContentError(file, problems)).join('\n\n');
