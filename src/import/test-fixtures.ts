/** Source files for the importer's tests, made in code: a Word document, saved web pages, a GBK text. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import iconv from 'iconv-lite';

/** The scraped legacy article (a copy of ../shared/corpus/legacy/scraped-article.txt). */
export const LEGACY_SAMPLE = join(import.meta.dirname, '__fixtures__/scraped-article.txt');

/** A folder laid out like a project: empty content and media folders. */
export function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'xinhuo-import-'));
  mkdirSync(join(root, 'src/content/articles'), { recursive: true });
  mkdirSync(join(root, 'public/uploads'), { recursive: true });
  return root;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** A small solid-colour PNG (RGB, 8 bits). */
export function makePng(width = 4, height = 3, rgb: [number, number, number] = [200, 16, 46]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = [0, ...Array.from({ length: width }, () => rgb).flat()];
  const pixels = Buffer.from(Array.from({ length: height }, () => row).flat());
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Word document with a title, byline, outline headings, emphasis, a list, a table and an image. */
export async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    creator: '办公室电脑',
    sections: [
      {
        children: [
          new Paragraph({ text: '学院党委召开党史学习教育专题会议', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '作者：党委办公室 王晓岚', alignment: AlignmentType.CENTER }),
          new Paragraph({ text: '日期：2026年9月8日', alignment: AlignmentType.CENTER }),
          new Paragraph({
            children: [
              new TextRun('9月8日下午，学院党委召开党史学习教育专题会议，'),
              new TextRun({ text: '传达学习上级精神', bold: true }),
              new TextRun('，研究部署下一阶段'),
              new TextRun({ text: '重点工作', italics: true }),
              new TextRun('。会议提出 {学习计划} 要在 <10月底> 前完成。'),
            ],
          }),
          new Paragraph({ text: '一、会议内容', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '（一）学习安排', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '每月开展一次集中学习', bullet: { level: 0 } }),
          new Paragraph({ text: '每季度讲授一次专题党课', bullet: { level: 0 } }),
          new Paragraph({ text: '二、参会人员', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              ['部门', '人数'],
              ['党委办公室', '5'],
              ['组织部', '3'],
            ].map(
              (cells) =>
                new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
            ),
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: makePng(),
                transformation: { width: 40, height: 30 },
                altText: { name: '会议现场', description: '会议现场', title: '会议现场' },
              }),
            ],
          }),
          new Paragraph('会议要求各支部认真落实。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * A saved news page: site header and navigation, breadcrumb, an ad, the article with a byline,
 * a font-size widget, a pinyin-annotated sentence, a local image and a remote one, a share widget
 * and a stray `?` inside the article, a link farm and a footer.
 * Returns the page's path; its image is in `<name>_files/` beside it, as browsers save pages.
 */
export function writeHtmlPage(dir: string): string {
  mkdirSync(join(dir, 'news_files'), { recursive: true });
  writeFileSync(join(dir, 'news_files/photo.png'), makePng(8, 6, [30, 90, 160]));
  const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>信息工程学院教工党支部开展主题党日活动 - 某某职业学院新闻网</title>
<meta name="author" content="信息工程学院 李文涛">
<meta property="article:published_time" content="2026-10-20T09:30:00+08:00">
</head><body>
<header><div class="logo">某某职业学院新闻网</div>
<nav><a href="/">首页</a> | <a href="/news">学院新闻</a> | <a href="/notice">通知公告</a></nav></header>
<div class="ad"><a href="http://ads.example.com">澳门娱乐城 彩票 博彩 在线观看 点击注册</a></div>
<div class="crumb">当前位置：首页 &gt; 学院新闻 &gt; 正文</div>
<main><article>
<h1>信息工程学院教工党支部开展主题党日活动</h1>
<p>发布时间：2026-10-20 作者：信息工程学院 李文涛</p>
<p>【字体：大 中 小】</p>
<p>10月18日，信息工程学院教工党支部组织党员赴红色教育基地开展主题党日活动,重温入党誓词。全体党(dǎng)员(yuán)参加活动，支部书记带领大家参观了(2021)年新建的展馆。</p>
<h2>一、参观学习</h2>
<p>党员们依次参观了各个展厅，认真听取讲解员的介绍，深刻认识到 a &lt; b 的道理并不总是成立，{重要}的是坚持学习。</p>
<p><img src="news_files/photo.png" alt="党员参观展馆"></p>
<p><img src="https://cdn.example.com/banner.jpg" alt="广告"></p>
<h2>二、交流体会</h2>
<p>活动结束后，党员们结合自身工作交流了学习体会，表示要把学习成果转化为做好本职工作的实际行动。</p>
<p>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></p>
<p>?</p>
</article>
<div class="share">分享到：微信 微博 QQ空间</div>
<p>上一篇：学院召开年度工作会议</p>
</main>
<div class="links">北京市|上海市|广州市|深圳市|珠海市|佛山市|东莞市|中山市</div>
<footer><p>版权所有 © 2026 某某职业学院 粤ICP备00000000号</p></footer>
</body></html>`;
  const path = join(dir, 'news.html');
  writeFileSync(path, page);
  return path;
}

/** A notice saved as GBK text by an old Windows editor, with half-width punctuation and outline headings. */
export function writeGbkText(dir: string): string {
  const text = [
    '关于开展2026年度党员民主评议工作的通知',
    '',
    '发布时间：2026-11-02 作者：党委组织部',
    '',
    '各党支部:',
    '',
    '根据上级党组织要求,经研究,决定开展2026年度党员民主评议工作.现将有关事项通知如下:',
    '',
    '一、评议范围',
    '',
    '全体正式党员和预备党员(预备党员只参加评议,不评定等次)。',
    '',
    '二、方法步骤',
    '',
    '(一)学习培训',
    '',
    '各支部组织党员集中学习,时间不少于4学时.',
    '',
    '(二)个人总结',
    '',
    '党员对照合格党员标准,撰写个人总结.',
    '',
  ].join('\r\n');
  const path = join(dir, 'notice-gbk.txt');
  writeFileSync(path, iconv.encode(text, 'gbk'));
  return path;
}
