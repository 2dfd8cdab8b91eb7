import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, importFiles, type ImportOptions, type PlannedEntry } from './importer.ts';
import { mdxProblems } from './markdown.ts';
import { LEGACY_SAMPLE, makeDocx, tempProject, writeGbkText, writeHtmlPage } from './test-fixtures.ts';

const projects: string[] = [];
const project = () => {
  const root = tempProject();
  projects.push(root);
  return root;
};
afterAll(() => projects.forEach((root) => rmSync(root, { recursive: true, force: true })));

const ARTICLES = 'src/content/articles';
const golden = (name: string) => `./__fixtures__/golden/${name}`;

async function importOne(
  root: string,
  source: string,
  options: Omit<ImportOptions, 'root'> = {},
): Promise<PlannedEntry> {
  const [result] = await importFiles([source], { root, ...options });
  if (result instanceof ImportError) throw result;
  return result!;
}

const entryText = (root: string, entry: PlannedEntry) => readFileSync(join(root, entry.files[0]!.path), 'utf8');

describe('importing the scraped legacy article', () => {
  it('gives the clean article: title, author, publication, date, outline headings, conclusion, no junk', async () => {
    const root = project();
    const entry = await importOne(root, LEGACY_SAMPLE, { category: 'theory' });
    const text = entryText(root, entry);
    await expect(text).toMatchFileSnapshot(golden('legacy-article.mdx'));
    expect(text).toMatch(/^title: 信息化背景下的高职学校党建工作策略分析$/m);
    expect(text).toMatch(/^date: 2021-11-30$/m);
    expect(text).toMatch(/^author: 林昭绚$/m);
    expect(text).toMatch(/^source: 《魅力中国》2021年第6期$/m);
    expect(text).toContain('\n## 一、信息化背景下的高职学校党建工作需要面对的难题\n');
    expect(text).toContain('\n### （三）建立党建大数据分析平台\n');
    expect(text).toContain('\n## 结束语\n\n综上所述，');
    expect(text).toContain('（广东科学技术职业学院，广东 珠海 519090）');
    for (const junk of ['波多野', '国产', '昆明市', '|', '(xué)', '林昭绚\n\n（', '\n?\n'])
      expect(text).not.toContain(junk);
    expect(text).not.toMatch(/[學黨國職]/);
  });

  it('reports what it took, what it cleaned and the garbled text only the original can fix', async () => {
    const entry = await importOne(project(), LEGACY_SAMPLE);
    expect(entry.report.cleaned).toEqual(
      expect.arrayContaining([
        '垃圾广告行：1',
        '地名链接堆砌行：1',
        '孤立问号行：1',
        '删除插入的拼音注音：215',
        '修复 GBK 字节错位的乱码：2',
      ]),
    );
    expect(entry.report.review.filter((line) => line.startsWith('疑似乱码'))).toEqual([
      '疑似乱码（编码损坏），请对照原文修改：“…在进行党组织活动时能够?现跨越时间和空间限制，提高交互性，有…”',
      '疑似乱码（编码损坏），请对照原文修改：“…展和信息的传达更为丰富??以利用视频会议、线上课程、实时互动…”',
    ]);
    expect(entry.report.review).toContain('栏目默认设为“党建动态”（news），请确认或用 --category 指定。');
  });
});

describe('importing other kinds of source', () => {
  it('turns a Word document into headings, a list, a table, emphasis and an image in the media folder', async () => {
    const root = project();
    const source = join(root, 'meeting.docx');
    writeFileSync(source, await makeDocx());
    const entry = await importOne(root, source, { category: 'news' });
    await expect(entryText(root, entry)).toMatchFileSnapshot(golden('word-document.mdx'));
    const image = `public/uploads/imported/${entry.id}/image-1.png`;
    expect(entry.files.map((f) => f.path)).toEqual([`${ARTICLES}/${entry.id}.mdx`, image]);
    expect(readFileSync(join(root, image)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('extracts the article of a saved web page without navigation, ads, share widget or footer', async () => {
    const root = project();
    const entry = await importOne(root, writeHtmlPage(root), { category: 'branch-life' });
    await expect(entryText(root, entry)).toMatchFileSnapshot(golden('web-page.mdx'));
    expect(entry.report.review).toContain('图片未导入（不是本地图片文件）：https://cdn.example.com/banner.jpg');
    expect(entry.report.cleaned).toEqual(expect.arrayContaining(['导航行：1', '分享按钮行：1', '孤立问号行：1']));
    expect(existsSync(join(root, `public/uploads/imported/${entry.id}/image-1.png`))).toBe(true);
  });

  it('reads a GBK text file and normalizes its punctuation', async () => {
    const root = project();
    const entry = await importOne(root, writeGbkText(root), { category: 'notice' });
    expect(entry.report.taken).toContain('文本编码：GB18030');
    await expect(entryText(root, entry)).toMatchFileSnapshot(golden('gbk-notice.mdx'));
  });
});

describe('importing Markdown', () => {
  it('keeps its frontmatter facts and code, and escapes what MDX would run', async () => {
    const root = project();
    const source = join(root, 'old-post.md');
    writeFileSync(
      source,
      [
        '---',
        'title: 支部学习笔记',
        'date: 2025-06-01',
        'author: 机电学院学生党支部',
        '---',
        '',
        '# 支部学习笔记',
        '',
        '本次学习围绕{党章}展开，大家发言踊跃<br>气氛热烈。',
        '',
        '```js',
        'const plan = { weeks: 4 };',
        '```',
        '',
      ].join('\n'),
    );
    const entry = await importOne(root, source);
    const text = entryText(root, entry);
    expect(text).toMatch(/^date: 2025-06-01$/m);
    expect(text).toMatch(/^author: 机电学院学生党支部$/m);
    expect(text).toContain('本次学习围绕\\{党章\\}展开，大家发言踊跃\\<br\\>气氛热烈。');
    expect(text).toContain('```js\nconst plan = { weeks: 4 };\n```');
    expect(text).not.toContain('# 支部学习笔记');
    expect(entry.report.review).toContain('原 Markdown 含有 HTML 标签或花括号，已按文字转义，请检查显示效果。');
  });
});

describe('importing text that looks like code', () => {
  it('keeps it as text: no JSX, no expression, no Markdown syntax', async () => {
    const root = project();
    const source = join(root, 'odd.txt');
    const lines = ['<script>alert(1)</script>', '{props.secret}', '# 不是标题', '- 不是列表', '1. 不是编号'];
    writeFileSync(source, ['一篇奇怪的稿件', '2026-10-14 党委办公室', ...lines].join('\n\n'));
    const entry = await importOne(root, source);
    const body = entryText(root, entry).split('---\n')[2]!;
    expect(mdxProblems(body)).toEqual([]);
    expect(body.trim().split('\n\n')).toEqual([
      '\\<script\\>alert(1)\\</script\\>',
      '\\{props.secret\\}',
      '\\# 不是标题',
      '\\- 不是列表',
      '1\\. 不是编号',
    ]);
  });
});

describe('never overwriting', () => {
  it('refuses to import the same article twice and leaves the entry as it was', async () => {
    const root = project();
    const first = await importOne(root, LEGACY_SAMPLE);
    const path = join(root, first.files[0]!.path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('tags: []', 'tags: [信息化]'));
    const [again] = await importFiles([LEGACY_SAMPLE], { root });
    expect(again).toBeInstanceOf(ImportError);
    expect((again as ImportError).message).toContain(
      `Import failed: ${LEGACY_SAMPLE}\n  • 已导入过：${first.files[0]!.path}`,
    );
    expect(readFileSync(path, 'utf8')).toContain('tags: [信息化]');
    expect(readdirSync(join(root, ARTICLES))).toEqual([`${first.id}.mdx`]);
  });

  it('gives a different entry with the same title-slug a new id', async () => {
    const root = project();
    const first = await importOne(root, LEGACY_SAMPLE);
    const path = join(root, first.files[0]!.path);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: 另一篇文章'));
    const second = await importOne(root, LEGACY_SAMPLE);
    expect(second.id).toBe(`${first.id}-2`);
    expect(readFileSync(path, 'utf8')).toMatch(/^title: 另一篇文章$/m);
    const [third] = await importFiles([LEGACY_SAMPLE], { root });
    expect((third as ImportError).message).toContain(`已导入过：${second.files[0]!.path}`);
  });

  it('writes nothing on a dry run', async () => {
    const root = project();
    const [result] = await importFiles([LEGACY_SAMPLE], { root, dryRun: true });
    expect(result).not.toBeInstanceOf(ImportError);
    expect(readdirSync(join(root, ARTICLES))).toEqual([]);
  });
});

describe('bad input', () => {
  it('names the file and the missing field, and writes nothing', async () => {
    const root = project();
    const source = join(root, 'undated.txt');
    writeFileSync(source, '一篇没有日期的稿件\n\n作者：党委宣传部\n\n这是正文的第一段，讲述了活动的经过和意义。\n');
    const [result] = await importFiles([source], { root });
    expect(result).toBeInstanceOf(ImportError);
    const message = (result as ImportError).message;
    expect(message).toContain(`导入失败 / Import failed: ${source}`);
    expect(message).toContain('发布日期 (date)');
    expect(message).toContain('原文中没有“发布日期”：请用 --date YYYY-MM-DD 指定 / not in the source (date)');
    expect(message).not.toContain('重新构建');
    expect(readdirSync(join(root, ARTICLES))).toEqual([]);
  });

  it('uses fallback values for what the source does not state, and says so', async () => {
    const root = project();
    const source = join(root, 'undated.txt');
    writeFileSync(source, '一篇没有日期的稿件\n\n这是正文的第一段，讲述了活动的经过和意义。\n');
    const entry = await importOne(root, source, { fallback: { date: '2026-10-14', author: '党委宣传部' } });
    expect(entryText(root, entry)).toMatch(
      /^date: 2026-10-14\nsummary: .*\ncategory: news\ntags: \[\]\nauthor: 党委宣传部$/m,
    );
    expect(entry.report.review).toContain('原文没有 date，使用了指定的值：2026-10-14');
  });

  it('asks for a required field no source states, such as the kind of a material', async () => {
    const root = project();
    const [failed] = await importFiles([LEGACY_SAMPLE], { root, collection: 'materials' });
    expect((failed as ImportError).message).toContain('原文中没有“资料类型”：请用 --set kind=… 指定');
    const entry = await importOne(root, LEGACY_SAMPLE, { collection: 'materials', fallback: { kind: 'reading' } });
    expect(entryText(root, entry)).toMatch(/^kind: reading$/m);
    expect(entry.report.review).toContain('集合“学习资料”没有“author”字段，未保留：林昭绚');
  });

  it('rejects an unknown category with the allowed values', async () => {
    const root = project();
    const [result] = await importFiles([LEGACY_SAMPLE], { root, category: '新闻' });
    expect((result as ImportError).message).toContain('Must be one of: news, theory, notice, branch-life, voices.');
    expect(readdirSync(join(root, ARTICLES))).toEqual([]);
  });

  it('rejects a file type it cannot read', async () => {
    const root = project();
    const source = join(root, 'slides.pptx');
    writeFileSync(source, 'x');
    const [result] = await importFiles([source], { root });
    expect((result as ImportError).message).toMatch(/slides\.pptx[\s\S]*不支持的文件类型/);
  });
});
