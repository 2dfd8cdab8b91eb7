/**
 * What a body may not contain, explained in Chinese and English with what to do instead. Each
 * problem carries its line and column in the body; src/body/errors.ts turns them into the
 * `内容错误 / Content error` message that stops the build.
 */
import { BODY_COMPONENTS } from './components.ts';
import { IFRAME_HOSTS, LINK_SCHEMES } from './policy.ts';

/** A point in a file (1-based line and column). */
export interface Point {
  line: number;
  column: number;
}

/** One rule a body breaks, where, and how to fix it. */
export interface BodyProblem extends Point {
  zh: string;
  en: string;
}

const COMPONENT_NAMES = [...BODY_COMPONENTS.keys()].join('、');
const COMPONENT_NAMES_EN = [...BODY_COMPONENTS.keys()].join(', ');

/** The explanations, by rule. */
export const explain = {
  esm: () => ({
    zh: `不能使用 import/export：正文不能引入或导出代码。请删除这一行；可用的组件（${COMPONENT_NAMES}）无需引入。`,
    en: `import/export is not allowed: a body cannot load or export code. Delete the line; the registered components (${COMPONENT_NAMES_EN}) need no import.`,
  }),
  expression: () => ({
    zh: '不能使用花括号表达式 {…}：正文中不能写 JavaScript。要显示花括号请写 \\{ 和 \\}；要写注释请用 {/* 注释 */}。',
    en: 'JavaScript expressions {…} are not allowed. To show a brace write \\{ or \\}; for a comment write {/* … */}.',
  }),
  attributeExpression: (element: string, name: string) => ({
    zh: `<${element}> 的属性 ${name} 必须写成引号中的文字，如 ${name}="…"，不能使用 {…}（数字也要加引号）。`,
    en: `<${element}> attribute ${name} must be a quoted string such as ${name}="…", not {…} (numbers too).`,
  }),
  spread: (element: string) => ({
    zh: `<${element}> 不能使用 {…} 展开属性，请逐个写出属性，如 title="…"。`,
    en: `<${element}> cannot take {…} spread attributes; write each attribute, e.g. title="…".`,
  }),
  element: (name: string) => ({
    zh: `不能使用 <${name}>：正文只能使用已登记的组件（${COMPONENT_NAMES}）和允许的 HTML 标签（见 docs/content.md“内容安全”）。请检查拼写，或改用 Markdown。`,
    en: `<${name}> is not allowed: use the registered components (${COMPONENT_NAMES_EN}) or the allowed HTML elements (docs/content.md, "No code from content"). Check the spelling or use Markdown.`,
  }),
  script: () => ({
    zh: '不能使用 <script>：正文中不能包含脚本。请删除它。',
    en: '<script> is not allowed: a body cannot contain scripts. Remove it.',
  }),
  iframe: (source: string) => ({
    zh: `不能嵌入“${source}”：<iframe> 只能嵌入以下网站：${IFRAME_HOSTS.join('、') || '（无）'}。请改为普通链接，或请管理员把该网站加入允许列表（src/body/policy.ts 的 IFRAME_HOSTS）。`,
    en: `Cannot embed "${source}": <iframe> may only show pages of ${IFRAME_HOSTS.join(', ') || '(none)'}. Use a plain link, or ask the administrator to add the host to IFRAME_HOSTS in src/body/policy.ts.`,
  }),
  handler: (element: string, name: string) => ({
    zh: `<${element}> 不能使用事件属性 ${name}：正文中不能写脚本。请删除它。`,
    en: `<${element}> cannot have the event handler ${name}: a body cannot contain scripts. Remove it.`,
  }),
  style: (element: string) => ({
    zh: `<${element}> 不能使用 style 属性：样式由网站统一提供（内容安全策略不允许内联样式）。请删除它。`,
    en: `<${element}> cannot have a style attribute: styles come from the site (the Content-Security-Policy forbids inline styles). Remove it.`,
  }),
  attribute: (element: string, name: string, allowed: readonly string[]) => ({
    zh: `<${element}> 不能使用属性 ${name}。可用属性：${allowed.join('、') || '（无）'}。`,
    en: `<${element}> cannot have the attribute ${name}. Allowed: ${allowed.join(', ') || '(none)'}.`,
  }),
  scheme: (scheme: string) => ({
    zh: `不能使用以“${scheme}:”开头的网址。链接只能是站内路径（如 /articles/…/）、#锚点，或 ${LINK_SCHEMES.join('、')} 网址。`,
    en: `URLs starting with "${scheme}:" are not allowed. Use a site path (/articles/…/), a #anchor, or a ${LINK_SCHEMES.join(', ')} URL.`,
  }),
  externalMedia: (url: string) => ({
    zh: `图片、视频和音频只能来自本站媒体库（以 /uploads/ 开头），不能引用“${url}”：读者的网络可能无法访问其他网站。请在 CMS 中上传后再插入。`,
    en: `Images, video and audio must come from the site's media library (/uploads/…), not ${url}. Upload the file in the CMS and use its path.`,
  }),
  relativeMedia: (url: string) => ({
    zh: `媒体路径“${url}”应以 / 开头，如 /uploads/2026/photo.jpg。`,
    en: `The media path ${url} must start with /, e.g. /uploads/2026/photo.jpg.`,
  }),
  prop: (component: string, name: string, allowed: readonly string[]) => ({
    zh: `<${component}> 没有属性 ${name}。可用属性：${allowed.join('、')}。`,
    en: `<${component}> has no attribute ${name}. Allowed: ${allowed.join(', ')}.`,
  }),
  required: (component: string, name: string, label: string) => ({
    zh: `<${component}> 缺少必填属性 ${name}（${label}），如 ${name}="…"。`,
    en: `<${component}> needs the attribute ${name}="…".`,
  }),
  value: (component: string, name: string, value: string, values: readonly string[]) => ({
    zh: `<${component}> 的 ${name}="${value}" 不是可选值，只能是：${values.join('、')}。`,
    en: `<${component}> ${name}="${value}" is not allowed; use one of: ${values.join(', ')}.`,
  }),
  noChildren: (component: string) => ({
    zh: `<${component}> 不能包含内容，请写成自闭合形式，如 <${component} … />。`,
    en: `<${component}> takes no content; write it self-closing, e.g. <${component} … />.`,
  }),
  syntax: (reason: string) => ({
    zh: `MDX 语法错误：${reason}。常见原因：标签未闭合；单独的 < 或 {（请写成 \\< 或 \\{）；HTML 注释 <!-- -->（请改用 {/* 注释 */}）。`,
    en: `MDX syntax error: ${reason}. Common causes: an unclosed tag; a lone < or { (write \\< or \\{); an HTML comment <!-- --> (write {/* … */}).`,
  }),
  unrendered: () => ({
    zh: '正文无法渲染（构建日志中“Error rendering”一行说明了原因）。请检查正文，或把该文件交给技术人员。',
    en: 'The body could not be rendered (the "Error rendering" line of the build log says why). Check the body or hand the file to IT.',
  }),
  missingPage: (url: string) => ({
    zh: `链接的站内页面“${url}”不存在。请检查网址，或先创建该页面。`,
    en: `The linked page ${url} does not exist on this site. Check the URL or create the page first.`,
  }),
  missingMedia: (url: string) => ({
    zh: `图片或媒体文件“${url}”不存在，媒体库中没有这个文件。请在 CMS 中重新上传，或把文件放到 public${url}。`,
    en: `The image or media file ${url} does not exist; upload it again or add it under public/.`,
  }),
} satisfies Record<string, (...args: never[]) => { zh: string; en: string }>;
