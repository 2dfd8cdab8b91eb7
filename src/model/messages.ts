import type { z } from 'astro/zod';
import type { Field } from './fields.ts';

/** A validation problem of one field, explained in Chinese and English. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `quiz.2.answer`. */
  path: string;
  /** Chinese label path, e.g. `自测题 › 第 3 项 › 正确答案序号`. */
  label: string;
  zh: string;
  en: string;
  /** Line (1-based) in the file, when known. */
  line?: number;
  /** Column (1-based, in characters) on that line, when known. */
  column?: number;
}

const KIND_ZH: Record<Field['kind'], string> = {
  string: '文字',
  text: '文字',
  url: '网址',
  date: '日期',
  boolean: '是/否（true 或 false）',
  number: '数字',
  select: '选项',
  tags: '列表',
  relation: '文字（条目标识）',
  image: '图片路径',
  file: '文件路径',
  indexList: '数字列表',
  objectList: '列表',
};

/** An example of a valid value of each kind, for "wrong type" messages. */
const KIND_EXAMPLE: Record<Field['kind'], string> = {
  string: '（一段文字，如 学院党委召开学习会）',
  text: '（一段文字）',
  url: '（如 https://www.example.edu.cn/）',
  date: '',
  boolean: '',
  number: '（如 27，不加引号，不写单位）',
  select: '',
  tags: '（如 [理论学习, 党课]）',
  relation: '',
  image: '（如 /uploads/2026/photo.jpg）',
  file: '（如 /uploads/2026/file.pdf）',
  indexList: '（如 [0, 2]）',
  objectList: '',
};

/** Finds the field a zod issue path points at, and its Chinese label path. */
export function resolveField(fields: readonly Field[], path: readonly PropertyKey[]): { field?: Field; label: string } {
  let current: readonly Field[] | undefined = fields;
  let field: Field | undefined;
  const labels: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') {
      labels.push(`第 ${segment + 1} 项`);
      continue;
    }
    field = current?.find((f) => f.name === segment);
    labels.push(field?.label ?? String(segment));
    current = field?.kind === 'objectList' ? field.fields : undefined;
  }
  return { field, label: labels.join(' › ') };
}

/** The value at a path of the raw data (zod issues do not carry their input by default). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

function explain(field: Field | undefined, issue: z.core.$ZodIssue, issueInput: unknown): { zh: string; en: string } {
  const hint = field?.hint ? ` ${field.hint}` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issueInput === undefined) {
        return {
          zh: `必填项，文件中缺少此字段：请添加。${hint}`,
          en: 'Required, but missing. Add it to the frontmatter.',
        };
      }
      if (field?.kind === 'date') {
        const format = field.withTime ? "'YYYY-MM-DD HH:mm'（北京时间，加引号）" : 'YYYY-MM-DD';
        return {
          zh: `日期“${String(issueInput)}”不对（日期不存在或格式不对），应为 ${format}：请改为真实的日期${field.withTime ? '和时刻（00:00–23:59）' : ''}，如 ${field.withTime ? "'2026-10-14 14:30'" : '2026-10-14'}。`,
          en: `Not a valid date (it does not exist, or the format is wrong); write ${field.withTime ? "'YYYY-MM-DD HH:mm' (Beijing time)" : 'YYYY-MM-DD'}.`,
        };
      }
      return {
        zh: `类型不对，应为${field ? KIND_ZH[field.kind] : issue.expected}${field ? KIND_EXAMPLE[field.kind] : ''}：请修改。${hint}`,
        en: `Expected ${issue.expected}, got ${Array.isArray(issueInput) ? 'a list' : typeof issueInput}; change the value.`,
      };
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
      const unit = { string: ['个字', 'characters'], array: ['项', 'items'] }[issue.origin as string] ?? ['', ''];
      const bound = `${small ? '至少' : '最多'} ${limit}${unit[0] ? ` ${unit[0]}` : ''}${unit[0] ? '' : small ? '（不能更小）' : '（不能更大）'}`;
      return {
        zh: `${bound}：请${small ? '补充或改大' : '删减或改小'}。${hint}`,
        en: `Must be ${small ? 'at least' : 'at most'} ${limit}${unit[1] ? ` ${unit[1]}` : ''}; ${small ? 'add to it' : 'shorten it'}.`,
      };
    }
    case 'invalid_value': {
      const allowed =
        field?.kind === 'select' ? field.options.map((o) => `${o.value}（${o.label}）`) : issue.values.map(String);
      return {
        zh: `“${String(issueInput)}”不是可选值，只能是：${allowed.join('、')}。请改为其中之一（写英文值）。`,
        en: `Must be one of: ${issue.values.map(String).join(', ')}. Change it to one of them.`,
      };
    }
    case 'invalid_format':
      if (field?.kind === 'url') {
        return {
          zh: '网址须以 http:// 或 https:// 开头：请改为完整网址。',
          en: 'Must be an http(s) URL; write the full address.',
        };
      }
      if (field?.kind === 'image' || field?.kind === 'file') {
        return {
          zh: '应为媒体库中的文件路径，以 /uploads/ 开头，如 /uploads/2026/photo.jpg：请在 CMS 中重新选择文件。',
          en: 'Must be a media path starting with /uploads/; pick the file again in the CMS.',
        };
      }
      return { zh: issue.message, en: issue.message };
    case 'not_multiple_of':
      return { zh: '必须是整数：请去掉小数。', en: 'Must be a whole number; remove the decimals.' };
    case 'unrecognized_keys':
      return {
        zh: `未知字段：${issue.keys.join('、')}。请检查拼写，或删除这些字段。`,
        en: `Unknown field(s): ${issue.keys.join(', ')}. Check the spelling or remove them.`,
      };
    case 'custom': {
      const params = issue.params as { relation?: string; missingMedia?: boolean } | undefined;
      if (params?.missingMedia) {
        return {
          zh: `媒体库中没有文件“${String(issueInput)}”。请在 CMS 中重新上传，或把文件放到 public${String(issueInput)}。`,
          en: `The media file ${String(issueInput)} does not exist; upload it again or add it under public/.`,
        };
      }
      const relation = params?.relation;
      if (relation) {
        return {
          zh: `找不到标识为“${String(issueInput)}”的条目（${relation}）。请从已有条目中选择，或先创建它。`,
          en: `No entry "${String(issueInput)}" exists in ${relation}. Pick an existing one or create it first.`,
        };
      }
      const [zh = issue.message, en = zh] = issue.message.split(' / ');
      return { zh, en };
    }
    default:
      return { zh: issue.message, en: issue.message };
  }
}

/** Explains zod issues in terms of the model's fields: Chinese label, what is wrong, how to fix it. */
export function explainIssues(
  fields: readonly Field[],
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
): FieldProblem[] {
  return issues.map((issue) => {
    const { field, label } = resolveField(fields, issue.path);
    return {
      path: issue.path.map(String).join('.') || '(frontmatter)',
      label: label || '（整体）',
      ...explain(field, issue, valueAt(data, issue.path)),
    };
  });
}

/**
 * Formats the problems of one file as the message that stops the build: the file and first line
 * (`file:line`, which editors and terminals turn into a link), then one entry per problem in line
 * order, each with its line, the field's label and key, and the fix in Chinese and English.
 */
export function formatContentError(filePath: string, problems: readonly FieldProblem[]): string {
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const lines = sorted.map((p) => {
    const at = p.line === undefined ? ['', ''] : [`第 ${p.line} 行 · `, `Line ${p.line}: `];
    return `  • ${at[0]}${p.label} (${p.path})：${p.zh}\n    ${at[1]}${p.en}`;
  });
  const first = sorted.find((p) => p.line !== undefined);
  return [
    `内容错误 / Content error: ${filePath}${first ? `:${first.line}` : ''}`,
    ...lines,
    '  请在 CMS 中或直接在该文件中修改后重新构建。 / Fix the file (or edit it in the CMS) and build again.',
  ].join('\n');
}
