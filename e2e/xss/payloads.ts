/**
 * The XSS corpus: payloads an editor (or an attacker with an editor's account) might type, each
 * placed where it can reach a reader — frontmatter fields, branch data, body text, component
 * attributes, URLs of the search page — or written where the build must refuse it. Every payload
 * that runs calls alert(), which the tests trap.
 */

/** A payload the build accepts as text: it must appear on the page, inert. */
export interface ShownPayload {
  where: string;
  /** The text readers must see (the payload shown, not run). */
  shown: string;
}

/** Frontmatter of the corpus article: every text field carries a payload. */
export const ARTICLE_FIELDS = {
  title: `"><script>alert('title')</script>`,
  summary: `<img src=x onerror=alert('summary')> 摘要`,
  tags: [`<svg onload=alert('tag')>`, `"><img src=x onerror=alert(2)>`],
  author: `<script>alert('author')</script>`,
  source: `javascript:alert('source')`,
  coverAlt: `" onerror="alert('coverAlt')`,
};

/** The corpus branch: its name and intro reach branch pages, filters and article facts. */
export const BRANCH_FIELDS = {
  name: `<img src=x onerror=alert('branch')>支部`,
  intro: `<iframe srcdoc="<script>alert('intro')</script>"></iframe>`,
};

/** The body of the corpus article: payloads written as text, in Markdown and in component attributes. */
export const ARTICLE_BODY = [
  `正文开头。注入测试 \\<img src=x onerror=alert('body')\\> 结束。`,
  `[\\<svg onload=alert('linktext')\\>](/articles/)`,
  `![\\"\\>\\<img src=x onerror=alert('alt')\\>](/uploads/three-meetings-one-lesson.svg)`,
  `<Figure src="/uploads/three-meetings-one-lesson.svg" alt="&quot;&gt;&lt;script&gt;alert('figalt')&lt;/script&gt;" caption="<img src=x onerror=alert('caption')>" />`,
  `<Callout type="warning" title="</aside><script>alert('callout')</script>">\n\n提示内容 \\<b onmouseover=alert('callout-body')\\>\n\n</Callout>`,
  `<Quote cite="<svg/onload=alert('cite')>">\n\n引文。\n\n</Quote>`,
  "行内代码 `<script>alert('code')</script>`。",
  "```html\n<script>alert('fence')</script>\n```",
  `## &lt;img src=x onerror=alert('heading')&gt;`,
  `[外链](https://example.com/?a="><script>alert('href')</script>)`,
  `www.example.com/"onmouseover="alert('autolink')`,
  `数学 \\<math\\>\\<mtext\\>\\<style\\>\\<img src=x onerror=alert('math')\\>\\</style\\>\\</mtext\\>\\</math\\>`,
].join('\n\n');

/** What each accepted payload looks like to readers (text, not markup). */
export const SHOWN: ShownPayload[] = [
  { where: 'title', shown: ARTICLE_FIELDS.title },
  { where: 'tag', shown: ARTICLE_FIELDS.tags[0]! },
  { where: 'second tag', shown: ARTICLE_FIELDS.tags[1]! },
  { where: 'author', shown: ARTICLE_FIELDS.author },
  { where: 'source', shown: ARTICLE_FIELDS.source },
  { where: 'branch name', shown: BRANCH_FIELDS.name },
  { where: 'body text', shown: `<img src=x onerror=alert('body')>` },
  { where: 'link text', shown: `<svg onload=alert('linktext')>` },
  { where: 'Figure caption', shown: `<img src=x onerror=alert('caption')>` },
  { where: 'Callout title', shown: `</aside><script>alert('callout')</script>` },
  { where: 'Callout body', shown: `<b onmouseover=alert('callout-body')>` },
  { where: 'Quote cite', shown: `<svg/onload=alert('cite')>` },
  { where: 'inline code', shown: `<script>alert('code')</script>` },
  { where: 'code block', shown: `<script>alert('fence')</script>` },
  { where: 'heading', shown: `<img src=x onerror=alert('heading')>` },
  { where: 'MathML text', shown: `<math><mtext><style><img src=x onerror=alert('math')></style></mtext></math>` },
];

/** Attribute payloads: they must stay inside their attribute. */
export const ATTRIBUTES = [
  { where: 'image alt', selector: "article img[alt^='\"']", attribute: 'alt' },
  { where: 'Figure alt', selector: 'figure img[alt*="figalt"]', attribute: 'alt' },
  { where: 'cover alt', selector: 'img[alt*="coverAlt"]', attribute: 'alt' },
  { where: 'link with a quote in its URL', selector: 'a[href^="https://example.com/"]', attribute: 'href' },
  { where: 'autolink with a quote', selector: 'a[href^="http://www.example.com/"]', attribute: 'href' },
];

/** Search page URLs with payloads in the query and the filter values. */
export const SEARCH_URLS = [
  `search/?q=${encodeURIComponent(`<img src=x onerror=alert('q')>`)}`,
  `search/?q=%E5%85%9A%E5%BB%BA&category=${encodeURIComponent(`"><img src=x onerror=alert('filter')>`)}`,
  `search/?q=${encodeURIComponent('"><svg onload=alert(1)>')}&branch=${encodeURIComponent(BRANCH_FIELDS.name)}&sort=date`,
];

/** Bodies the build must refuse, and the message that says why. */
export const REJECTED: { payload: string; message: string }[] = [
  { payload: `<img src=x onerror=alert(1)>`, message: 'MDX 语法错误' },
  { payload: `<img src="x" onerror="alert(1)" />`, message: '不能使用事件属性 onerror' },
  { payload: `<svg onload="alert(1)"></svg>`, message: '不能使用 <svg>' },
  { payload: `[点我](javascript:alert(1))`, message: '不能使用以“javascript:”开头的网址' },
  { payload: `<a href="javascript:alert(1)">点我</a>`, message: '“javascript:”' },
  { payload: `<a href="jav&#x09;ascript:alert(1)">点我</a>`, message: '“javascript:”' },
  { payload: `<a href=" JaVaScRiPt:alert(1)">点我</a>`, message: '“javascript:”' },
  { payload: `![图](javascript:alert(1))`, message: '“javascript:”' },
  { payload: `[点我](vbscript:msgbox(1))`, message: '“vbscript:”' },
  { payload: `<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">点我</a>`, message: '“data:”' },
  {
    payload: `<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>`,
    message: '<iframe> 不能使用属性 srcdoc',
  },
  { payload: `<iframe src="https://evil.example/"></iframe>`, message: '不能嵌入“https://evil.example/”' },
  { payload: `<script>alert(1)</script>`, message: '不能使用 <script>' },
  { payload: `<math><mtext><style>x</style></mtext></math>`, message: '不能使用 <math>' },
  { payload: `import evil from 'evil'`, message: '不能使用 import/export' },
  { payload: `export default function Layout() { alert(1) }`, message: '不能使用 import/export' },
  { payload: `{alert(1)}`, message: '不能使用花括号表达式' },
  { payload: `文字 {globalThis.alert?.(1)} 文字`, message: '不能使用花括号表达式' },
  { payload: `<Callout title={alert(1)}>\n\n文字\n\n</Callout>`, message: '属性 title 必须写成引号中的文字' },
  { payload: `<Figure src="/uploads/x.svg" alt="x" onClick="alert(1)" />`, message: '不能使用事件属性 onClick' },
  { payload: `<div style="background:url(javascript:alert(1))">x</div>`, message: '不能使用 style 属性' },
  { payload: `<object data="/uploads/x.swf"></object>`, message: '不能使用 <object>' },
  { payload: `<form action="javascript:alert(1)"><button>提交</button></form>`, message: '不能使用 <form>' },
  { payload: `<Chart {...{ onload: 'alert(1)' }} />`, message: '不能使用 <Chart>' },
  { payload: `<details open ontoggle="alert(1)"><summary>x</summary></details>`, message: '不能使用事件属性 ontoggle' },
];
