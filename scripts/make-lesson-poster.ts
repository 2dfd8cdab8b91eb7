// Draws the starter lesson video's poster (the picture before it plays): the course's colours,
// the lesson's title and a play hint, as SVG rasterized with sharp (CJK text from fonts-noto-cjk).
//   node scripts/make-lesson-poster.ts
import sharp from 'sharp';

const TITLE = '第一讲　党的性质、宗旨和奋斗目标';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8c1d18"/><stop offset="1" stop-color="#3a0d0a"/></linearGradient></defs>
<rect width="1280" height="720" fill="url(#g)"/>
<circle cx="1080" cy="140" r="220" fill="#e0a526" opacity="0.18"/><circle cx="160" cy="640" r="260" fill="#e0a526" opacity="0.1"/>
<text x="120" y="210" font-family="Noto Sans CJK SC" font-size="38" fill="#f7d79a">网上课程 · 党的基本知识</text>
<text x="120" y="330" font-family="Noto Serif CJK SC" font-weight="700" font-size="64" fill="#ffffff">${TITLE}</text>
<rect x="120" y="380" width="160" height="8" fill="#e0a526"/>
<circle cx="200" cy="540" r="64" fill="#ffffff" opacity="0.95"/><polygon points="180,505 180,575 238,540" fill="#8c1d18"/>
<text x="300" y="555" font-family="Noto Sans CJK SC" font-size="40" fill="#ffffff">点击播放 · 含中文字幕</text>
</svg>`;
await sharp(Buffer.from(svg))
  .jpeg({ quality: 80, mozjpeg: true })
  .toFile('public/uploads/lessons/party-basics-01-poster.jpg');
