/**
 * Checks of a content file's raw bytes, before any parser sees them: encoding, byte-order mark,
 * size, control and invisible characters, mojibake, and the YAML typing slips of Chinese input
 * methods (full-width colon, full-width or tab indentation). Each problem names the line and
 * column and says what to do, in Chinese and English. Astro reads every file as UTF-8 and its YAML
 * parser would either fail with a bare parser message or, worse, accept the file with hidden
 * characters or garbled text in it; these checks come first so the editor learns the real cause.
 */
import iconv from 'iconv-lite';
import { decodeText } from '../lib/encoding.ts';

/** Largest content file accepted (1 MiB ≈ 350,000 Chinese characters, ten times a long report). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Problems reported per kind of character before summarising the rest (a GBK file read as UTF-8 has thousands). */
const MAX_PER_KIND = 5;

/** A problem found in the text of a file, at a 1-based line and column (in characters). */
export interface SourceProblem {
  line: number;
  column?: number;
  /** Set for problems that explain a YAML syntax error on the same line (the parser's own message is then dropped). */
  syntax?: boolean;
  /** Set for problems of the file as a whole (encoding, size), whatever line they point at. */
  wholeFile?: boolean;
  zh: string;
  en: string;
}

/** The outcome of the raw checks: the text (undefined when the bytes are not UTF-8) and the problems. */
export interface RawCheck {
  text?: string;
  problems: SourceProblem[];
}

/** Lines (1-based, inclusive) of a file that are YAML: the frontmatter of MDX, the whole of a .yml file. */
export interface YamlRegion {
  first: number;
  last: number;
  /** For MDX: whether the closing `---` was found. */
  closed: boolean;
}

const FENCE = /^---[ \t]*$/;

/** Finds the frontmatter (between a first-line `---` and the next `---` line) or the whole YAML file. */
export function yamlRegion(lines: readonly string[], format: 'mdx' | 'yml'): YamlRegion | undefined {
  if (format === 'yml') return { first: 1, last: lines.length, closed: true };
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  return end === -1 ? { first: 2, last: lines.length, closed: false } : { first: 2, last: end, closed: true };
}

/** Splits text into lines, accepting LF and CRLF (a lone CR is reported as a control character). */
export const splitLines = (text: string): string[] => text.split(/\r?\n/);

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Invisible characters that change how text reads or compares without showing: name and kind. */
const INVISIBLE: Record<number, [zh: string, en: string, kind: 'zero-width' | 'bidi']> = {
  0x00ad: ['软连字符', 'soft hyphen', 'zero-width'],
  0x180e: ['蒙古文元音分隔符', 'Mongolian vowel separator', 'zero-width'],
  0x200b: ['零宽空格', 'zero-width space', 'zero-width'],
  0x200c: ['零宽非连接符', 'zero-width non-joiner', 'zero-width'],
  0x200d: ['零宽连接符', 'zero-width joiner', 'zero-width'],
  0x2060: ['零宽不换行空格', 'word joiner', 'zero-width'],
  0xfeff: ['零宽不换行空格（BOM）', 'zero-width no-break space (BOM)', 'zero-width'],
  0x061c: ['阿拉伯字母标记', 'Arabic letter mark', 'bidi'],
  0x200e: ['从左到右标记', 'left-to-right mark', 'bidi'],
  0x200f: ['从右到左标记', 'right-to-left mark', 'bidi'],
  0x202a: ['从左到右嵌入', 'left-to-right embedding', 'bidi'],
  0x202b: ['从右到左嵌入', 'right-to-left embedding', 'bidi'],
  0x202c: ['方向格式结束', 'pop directional formatting', 'bidi'],
  0x202d: ['从左到右覆盖', 'left-to-right override', 'bidi'],
  0x202e: ['从右到左覆盖', 'right-to-left override', 'bidi'],
  0x2066: ['从左到右隔离', 'left-to-right isolate', 'bidi'],
  0x2067: ['从右到左隔离', 'right-to-left isolate', 'bidi'],
  0x2068: ['首字母方向隔离', 'first strong isolate', 'bidi'],
  0x2069: ['方向隔离结束', 'pop directional isolate', 'bidi'],
};

const CONTROL_NAMES: Record<number, string> = {
  0: 'NUL',
  0x0b: 'VT',
  0x0c: 'FF',
  0x0d: 'CR',
  0x1b: 'ESC',
  0x7f: 'DEL',
};

/** Whether a code point is a control character that has no business in a text file (tab and newlines do). */
const isControl = (code: number) => (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Position of a UTF-16 offset in a text, as 1-based line and column (in code points). */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

/** Reports the first few problems of one kind and summarises the rest in the last one. */
function capped(problems: SourceProblem[], more: (n: number) => { zh: string; en: string }): SourceProblem[] {
  if (problems.length <= MAX_PER_KIND) return problems;
  const shown = problems.slice(0, MAX_PER_KIND);
  const last = shown[MAX_PER_KIND - 1]!;
  const extra = more(problems.length - MAX_PER_KIND);
  shown[MAX_PER_KIND - 1] = { ...last, zh: `${last.zh}${extra.zh}`, en: `${last.en}${extra.en}` };
  return shown;
}

/** Control characters (NUL, ESC, a lone CR …), zero-width and bidirectional-control characters. */
function characterProblems(text: string): SourceProblem[] {
  const control: SourceProblem[] = [];
  const invisible: SourceProblem[] = [];
  let offset = 0;
  let previous = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const here = offset;
    const before = previous;
    offset += char.length;
    previous = char;
    if (code === 0x0d && text[here + 1] === '\n') continue;
    if (isControl(code)) {
      const name = CONTROL_NAMES[code] ?? '控制字符';
      const { line, column } = positionAt(text, here);
      control.push({
        line,
        column,
        zh: `第 ${line} 行第 ${column} 列有不可见的控制字符 ${hex(code)}（${name}），常见于从其他软件复制的文字或损坏的文件。请删除它（在 CMS 中删掉该处文字后重新输入）。`,
        en: `Control character ${hex(code)} (${CONTROL_NAMES[code] ?? 'control'}) at line ${line}, column ${column}; delete it (retype the text around it).`,
      });
      continue;
    }
    const invisibleChar = INVISIBLE[code];
    if (!invisibleChar || (code === 0xfeff && here === 0)) continue;
    // A zero-width joiner inside an emoji sequence (👨‍👩‍👧) is how those are written.
    const after = String.fromCodePoint(text.codePointAt(here + 1) ?? 0);
    if (code === 0x200d && PICTOGRAPH.test(before) && PICTOGRAPH.test(after)) continue;
    const [zh, en, kind] = invisibleChar;
    const { line, column } = positionAt(text, here);
    const why =
      kind === 'bidi'
        ? [
            '它会改变文字的显示顺序，使看到的内容与实际内容不同',
            'it reorders how text is displayed, so what readers see differs from the text',
          ]
        : [
            '它看不见，却会让相同的词语无法匹配（搜索、标签、网址）',
            'it is invisible but makes equal words differ (search, tags, URLs)',
          ];
    invisible.push({
      line,
      column,
      zh: `第 ${line} 行第 ${column} 列有不可见字符 ${hex(code)}（${zh}）：${why[0]}。请删除第 ${line} 行第 ${column} 列的不可见字符 ${hex(code)}（可把光标移到该处前后按删除键，或删除该处文字后重新输入）。`,
      en: `Invisible character ${hex(code)} (${en}) at line ${line}, column ${column}: ${why[1]}. Delete it.`,
    });
  }
  const more = (n: number) => ({ zh: `（另有 ${n} 处同类字符）`, en: ` (and ${n} more)` });
  return [...capped(control, more), ...capped(invisible, more)];
}

const CJK = /[\u3400-\u9fff]/gu;
const countCjk = (text: string) => text.match(CJK)?.length ?? 0;

/** Characters Windows-1252 maps above 0x7F besides Latin-1 (the ones UTF-8 read as "ANSI" turns into). */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const LATIN_RUN = new RegExp(`[\\u0080-\\u00ff${CP1252_EXTRA}]{2,}`, 'gu');
/** Runs of characters that GBK encodes as two bytes (UTF-8 read as GBK is made of them). */
const GBK_RUN = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef\u0391-\u03c9\u0401-\u0451\u2010-\u2312\u2460-\u2642]{2,}/gu;

/** The bytes of text that was decoded as Latin-1 or Windows-1252 (either may have been used). */
const latinBytes = (text: string) =>
  Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!;
    return code <= 0xff ? code : iconv.encode(char, 'windows-1252')[0]!;
  });

/**
 * How many bytes from the start form well-formed UTF-8 sequences (without throwing: this runs on
 * every run of Chinese text, which almost always fails at its first byte).
 */
function utf8Length(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const trail =
      lead < 0x80
        ? 0
        : lead >= 0xc2 && lead <= 0xdf
          ? 1
          : lead >= 0xe0 && lead <= 0xef
            ? 2
            : lead >= 0xf0 && lead <= 0xf4
              ? 3
              : -1;
    if (trail < 0 || i + trail >= bytes.length) break;
    let valid = true;
    for (let k = 1; valid && k <= trail; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    if (!valid) break;
    i += trail + 1;
  }
  return i;
}

/** Decodes bytes as UTF-8 when they are, but for up to three trailing bytes of a character cut in half. */
function utf8Prefix(bytes: Uint8Array): string | undefined {
  const valid = utf8Length(bytes);
  return valid >= 2 && valid >= bytes.length - 3 ? Buffer.from(bytes.subarray(0, valid)).toString('utf8') : undefined;
}

/**
 * Garbled text ("乱码") left by a file that was once read in the wrong encoding and saved again:
 * UTF-8 read as GBK (党建 → 鍏氬缓) or as Windows-1252/Latin-1 (党 → å…š), and U+FFFD, the mark of
 * bytes that could not be decoded. A run counts as garbled when encoding it back in the wrong
 * encoding gives valid UTF-8 with Chinese in it — ordinary Chinese text almost never does.
 */
function mojibakeProblems(text: string): SourceProblem[] {
  const found: SourceProblem[] = [];
  const report = (offset: number, shown: string, zh: string, en: string) => {
    const { line, column } = positionAt(text, offset);
    found.push({
      line,
      column,
      zh: `第 ${line} 行第 ${column} 列的“${shown}”是乱码${zh}。请从原始文件重新复制这段文字，或用 UTF-8 编码重新保存原文件后再导入。`,
      en: `Garbled text (mojibake) "${shown}" at line ${line}, column ${column}${en}. Copy the text again from the original, saved as UTF-8.`,
    });
  };
  for (const match of text.matchAll(GBK_RUN)) {
    const decoded = utf8Prefix(iconv.encode(match[0], 'gbk'));
    // Chinese read as GBK turns back into Chinese only: a Greek or Cyrillic letter in between means ordinary text.
    if (decoded !== undefined && countCjk(decoded) >= 2 && /^[\u2e80-\uffff]+$/u.test(decoded)) {
      report(
        match.index,
        match[0].slice(0, 12),
        `（原文可能是“${decoded.slice(0, 12)}”，UTF-8 文字被当作 GBK 读取）`,
        ` (probably "${decoded.slice(0, 12)}": UTF-8 read as GBK)`,
      );
    }
  }
  for (const match of text.matchAll(LATIN_RUN)) {
    const decoded = utf8Prefix(latinBytes(match[0]));
    if (decoded !== undefined && /[^\p{ASCII}]/u.test(decoded)) {
      report(
        match.index,
        match[0].slice(0, 12),
        `（UTF-8 文字被当作 Latin-1/ANSI 读取${countCjk(decoded) ? `，原文可能是“${decoded.slice(0, 12)}”` : ''}）`,
        ' (UTF-8 read as Latin-1/ANSI)',
      );
    }
  }
  const replacement = text.indexOf('\ufffd');
  if (replacement !== -1) {
    report(
      replacement,
      '\ufffd',
      '（替换字符 U+FFFD：这里原来的文字在某次转换中已经丢失）',
      ' (U+FFFD replacement character: the original text was lost in a conversion)',
    );
  }
  return capped(found, (n) => ({ zh: `（另有 ${n} 处乱码）`, en: ` (and ${n} more)` }));
}

const KEY_THEN_FULLWIDTH_COLON = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*\s*)：/;
const KEY_THEN_NO_SPACE = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*):(?![\s/]|$)/;
const ODD_INDENT = /^[ \t]*([\u3000\u00a0\t])/;

/** YAML slips of Chinese input methods: a full-width colon, indentation with full-width spaces or tabs, no space after the colon. */
function yamlTypingProblems(lines: readonly string[], region: YamlRegion): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (let n = region.first; n <= region.last; n++) {
    const text = lines[n - 1] ?? '';
    const colon = KEY_THEN_FULLWIDTH_COLON.exec(text);
    if (colon) {
      const column = [...colon[1]!].length + 1;
      problems.push({
        line: n,
        column,
        syntax: true,
        zh: `第 ${n} 行第 ${column} 列用了中文全角冒号“：”。字段名后面必须是英文半角冒号加一个空格，例如“title: 标题”：请把“：”改为“: ”（切换到英文输入法输入）。`,
        en: `Full-width colon "：" at line ${n}, column ${column}: YAML needs an ASCII colon and a space ("title: …").`,
      });
      continue;
    }
    const noSpace = KEY_THEN_NO_SPACE.exec(text);
    if (noSpace) {
      const column = noSpace[1]!.length + 1;
      problems.push({
        line: n,
        column,
        syntax: true,
        zh: `第 ${n} 行第 ${column} 列的冒号后面缺少空格。请写成“字段名: 值”（冒号后加一个空格）。`,
        en: `No space after the colon at line ${n}, column ${column}; write "key: value".`,
      });
    }
    const indent = ODD_INDENT.exec(text);
    if (indent) {
      const char = indent[1]!;
      const [zh, en] =
        char === '\t'
          ? ['Tab 键（制表符）', 'a tab']
          : char === '\u3000'
            ? ['全角空格', 'a full-width space (U+3000)']
            : ['不换行空格 U+00A0', 'a no-break space (U+00A0)'];
      problems.push({
        line: n,
        column: text.indexOf(char) + 1,
        syntax: true,
        zh: `第 ${n} 行的缩进用了${zh}。YAML 的缩进只能用半角空格：请删掉这些字符，改用空格对齐（通常每级两个空格）。`,
        en: `Line ${n} is indented with ${en}; YAML indentation must be ASCII spaces (two per level).`,
      });
    }
  }
  return problems;
}

/** The 1-based line of the first byte that does not start a well-formed UTF-8 sequence. */
const firstInvalidUtf8Line = (bytes: Buffer) =>
  bytes.subarray(0, utf8Length(bytes)).filter((b) => b === 0x0a).length + 1;

const ENCODING_NAMES: Record<string, [zh: string, iconv: string]> = {
  GB18030: ['GBK（GB2312/GB18030，简体中文 Windows 的“ANSI”编码）', 'GBK'],
  Big5: ['Big5（繁体中文编码）', 'BIG5'],
  'UTF-16LE': ['UTF-16（Windows 记事本的“Unicode”）', 'UTF-16'],
  'UTF-16BE': ['UTF-16 BE', 'UTF-16BE'],
};

/** Checks the raw bytes of a content file; `format` decides which lines are YAML. */
export function checkRawFile(bytes: Uint8Array, format: 'mdx' | 'yml'): RawCheck {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const problems: SourceProblem[] = [];
  if (buffer.length > MAX_FILE_BYTES) {
    let line = 1;
    for (let i = 0; i < MAX_FILE_BYTES; i++) if (buffer[i] === 0x0a) line++;
    const inline = /data:[a-z]+\/[\w.+-]+;base64,/i.test(buffer.toString('latin1'));
    const kib = Math.round(buffer.length / 1024);
    problems.push({
      line,
      wholeFile: true,
      zh: `文件太大（${kib} KB），超过上限 ${MAX_FILE_BYTES / 1024} KB（约从第 ${line} 行起超出）。${inline ? '文件中粘贴了图片数据（data:…;base64）：请把图片上传到媒体库，正文中只引用图片路径。' : '请把内容拆分为几篇，或把附件上传到媒体库后链接。'}`,
      en: `File too large (${kib} KB; the limit is ${MAX_FILE_BYTES / 1024} KB, exceeded from about line ${line}). ${inline ? 'It embeds image data (data:…;base64): upload images to the media library and link them.' : 'Split it, or upload attachments to the media library.'}`,
    });
  }
  const decoded = decodeText(buffer);
  const hasBom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  if (decoded.encoding !== 'UTF-8' || (!hasBom && utf8Length(buffer) < buffer.length)) {
    const [zh, from] = ENCODING_NAMES[decoded.encoding] ?? ['未知编码', 'GBK'];
    const line = decoded.encoding.startsWith('UTF-16') ? 1 : firstInvalidUtf8Line(buffer);
    const sample = splitLines(decoded.text)[line - 1]?.trim().slice(0, 20) ?? '';
    problems.push({
      line,
      column: 1,
      wholeFile: true,
      zh: `文件不是 UTF-8 编码，看起来是 ${zh}${sample ? `（第 ${line} 行按该编码读作“${sample}”）` : ''}。网站只接受 UTF-8：请用记事本打开该文件，“另存为”时编码选择“UTF-8”后保存；或在命令行运行 iconv -f ${from} -t UTF-8 原文件 > 新文件。`,
      en: `The file is not UTF-8; it looks like ${from === 'GBK' ? 'GBK (GB2312/GB18030)' : decoded.encoding} (first non-UTF-8 byte on line ${line}). Save it as UTF-8 (Notepad: Save As, encoding UTF-8) or convert it: iconv -f ${from} -t UTF-8 in > out.`,
    });
    return { problems };
  }
  const text = buffer.toString('utf8');
  if (hasBom) {
    problems.push({
      line: 1,
      column: 1,
      wholeFile: true,
      zh: '文件开头有 UTF-8 BOM（字节顺序标记 U+FEFF，不可见）。请删除它：用记事本“另存为”时编码选择“UTF-8”（不要选“带有 BOM 的 UTF-8”），或用 VS Code 右下角的编码菜单“通过编码保存 › UTF-8”。',
      en: 'The file starts with a UTF-8 byte-order mark (U+FEFF). Save it as "UTF-8" without BOM (VS Code: Save with Encoding › UTF-8).',
    });
  }
  const body = hasBom ? text.slice(1) : text;
  problems.push(...characterProblems(body), ...mojibakeProblems(body));
  const lines = splitLines(body);
  const region = yamlRegion(lines, format);
  if (region) problems.push(...yamlTypingProblems(lines, region));
  return { text: body, problems };
}
