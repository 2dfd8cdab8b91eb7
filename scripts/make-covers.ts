// Draws the starter content's cover illustrations and the home page's hero: flat vector scenes
// (campus, books, meeting, gears, circuits, volunteers, notices) written as SVG here and
// rasterized with sharp, so every picture is made in this repository and free of licences.
// A cover's scene follows its article's category and tags; its colours and layout follow a hash
// of the id, so reruns give the same files. Articles without a cover get one (and its alt text).
//   node scripts/make-covers.ts            # covers for articles without one, and the hero
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const ARTICLES = 'src/content/articles';
const OUT = 'public/uploads/covers';
const WIDTH = 1200;
const HEIGHT = 675;

/** A small deterministic PRNG (mulberry32) seeded from a string. */
function random(seed: string) {
  let h = 1779033703;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 3432918353);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A cover's colours: the sky's gradient, the main red, a deep shade, gold and a soft light. */
interface Palette {
  sky: [string, string];
  main: string;
  deep: string;
  gold: string;
  soft: string;
}

const PALETTES: Palette[] = [
  { sky: ['#fde8d7', '#f7c8a8'], main: '#b3261e', deep: '#7a1712', gold: '#e0a526', soft: '#fff6ec' },
  { sky: ['#e6f0f5', '#c9dde8'], main: '#c0392b', deep: '#1f4e6b', gold: '#e8b04a', soft: '#ffffff' },
  { sky: ['#fff1d6', '#ffd9a0'], main: '#a4281f', deep: '#5b3a1a', gold: '#d98e04', soft: '#fffaf0' },
  { sky: ['#eaf3ea', '#cfe3cf'], main: '#b83227', deep: '#2e5a3a', gold: '#e3b23c', soft: '#fbfff8' },
  { sky: ['#f3e9f7', '#dcc8e8'], main: '#b02a37', deep: '#4a2d5c', gold: '#e6a93a', soft: '#fffaff' },
];

const flag = (x: number, y: number, s: number, p: Palette) =>
  `<rect x="${x}" y="${y}" width="${6 * s}" height="${120 * s}" fill="${p.deep}"/>` +
  `<path d="M${x + 6 * s} ${y} q${40 * s} ${-12 * s} ${80 * s} 0 t${80 * s} 0 v${56 * s} q${-40 * s} ${12 * s} ${-80 * s} 0 t${-80 * s} 0z" fill="${p.main}"/>` +
  `<polygon points="${star(x + 30 * s, y + 20 * s, 9 * s)}" fill="${p.gold}"/>`;

function star(cx: number, cy: number, r: number) {
  return Array.from({ length: 10 }, (_, i) => {
    const a = (Math.PI / 5) * i - Math.PI / 2;
    const d = i % 2 ? r * 0.42 : r;
    return `${(cx + d * Math.cos(a)).toFixed(1)},${(cy + d * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
}

const person = (x: number, y: number, s: number, color: string, skin = '#f2c9a0') =>
  `<circle cx="${x}" cy="${y}" r="${18 * s}" fill="${skin}"/>` +
  `<path d="M${x - 30 * s} ${y + 80 * s} q0 ${-56 * s} ${30 * s} ${-56 * s} q${30 * s} 0 ${30 * s} ${56 * s}z" fill="${color}"/>`;

/** A scene's drawing: `r` is the cover's random numbers, `p` its palette. */
type Scene = (r: () => number, p: Palette) => string;

/** Each scene draws over the sky and the ground. */
const SCENES = {
  campus: (r, p) => {
    let out = '';
    for (let i = 0; i < 6; i++) {
      const w = 120 + r() * 90;
      const h = 160 + r() * 200;
      const x = 60 + i * 185 + r() * 30;
      out += `<rect x="${x}" y="${520 - h}" width="${w}" height="${h}" fill="${i % 2 ? p.deep : p.main}" opacity="${0.75 + r() * 0.25}"/>`;
      for (let wy = 540 - h; wy < 490; wy += 34)
        for (let wx = x + 14; wx < x + w - 20; wx += 30)
          out += `<rect x="${wx}" y="${wy}" width="14" height="18" fill="${p.soft}" opacity="${r() > 0.35 ? 0.85 : 0.3}"/>`;
    }
    return out + flag(560 + r() * 80, 90, 1.3, p);
  },
  books: (r, p) => {
    let out = '';
    let y = 520;
    for (let i = 0; i < 5; i++) {
      const w = 420 - i * 30 + r() * 40;
      const x = 180 + r() * 60;
      out += `<rect x="${x}" y="${y - 46}" width="${w}" height="42" rx="6" fill="${[p.main, p.deep, p.gold][i % 3]}"/>`;
      out += `<rect x="${x + 20}" y="${y - 30}" width="${w * 0.4}" height="6" fill="${p.soft}" opacity="0.7"/>`;
      y -= 46;
    }
    out += `<path d="M700 470 q130 -60 240 0 v-220 q-110 -60 -240 0z" fill="${p.soft}" stroke="${p.deep}" stroke-width="6"/>`;
    out += `<path d="M700 470 q-130 -60 -240 0 v-220 q110 -60 240 0z" fill="${p.soft}" stroke="${p.deep}" stroke-width="6"/>`;
    for (let l = 0; l < 6; l++)
      out += `<line x1="735" y1="${290 + l * 28}" x2="${900 - r() * 40}" y2="${280 + l * 28}" stroke="${p.deep}" stroke-width="4" opacity="0.35"/>`;
    return out + `<circle cx="980" cy="150" r="54" fill="${p.gold}" opacity="0.9"/>`;
  },
  meeting: (r, p) => {
    let out = `<ellipse cx="600" cy="470" rx="330" ry="70" fill="${p.deep}"/>`;
    const colors = [p.main, p.gold, p.deep, p.main, p.gold];
    for (let i = 0; i < 5; i++) out += person(320 + i * 140, 330 + r() * 20, 1.4, colors[i]!);
    out += `<ellipse cx="600" cy="455" rx="330" ry="60" fill="${p.soft}" stroke="${p.deep}" stroke-width="6"/>`;
    return out + flag(140, 120, 1, p);
  },
  gears: (r, p) => {
    const gear = (cx: number, cy: number, R: number, teeth: number, color: string) => {
      let d = '';
      for (let i = 0; i < teeth * 2; i++) {
        const a = (Math.PI / teeth) * i;
        const rr = i % 2 ? R : R * 1.18;
        d += `${i ? 'L' : 'M'}${(cx + rr * Math.cos(a)).toFixed(1)} ${(cy + rr * Math.sin(a)).toFixed(1)}`;
      }
      return `<path d="${d}z" fill="${color}"/><circle cx="${cx}" cy="${cy}" r="${R * 0.35}" fill="${p.soft}"/>`;
    };
    return (
      gear(440 + r() * 40, 330, 150, 12, p.main) +
      gear(700, 230 + r() * 30, 90, 9, p.deep) +
      gear(760, 440, 70, 8, p.gold) +
      `<rect x="880" y="300" width="220" height="200" rx="14" fill="${p.deep}"/><rect x="905" y="325" width="170" height="90" rx="6" fill="${p.soft}"/>` +
      `<circle cx="940" cy="455" r="16" fill="${p.gold}"/><circle cx="990" cy="455" r="16" fill="${p.main}"/>`
    );
  },
  circuit: (r, p) => {
    let out = `<rect x="470" y="200" width="260" height="260" rx="24" fill="${p.deep}"/><rect x="520" y="250" width="160" height="160" rx="12" fill="${p.main}"/>`;
    for (let i = 0; i < 14; i++) {
      const side = i % 4;
      const t = 230 + (i % 7) * 30;
      const len = 120 + r() * 220;
      const [x1, y1, x2, y2] =
        side === 0
          ? [470, t, 470 - len, t]
          : side === 1
            ? [730, t, 730 + len, t]
            : side === 2
              ? [t + 240, 200, t + 240, 200 - len / 2]
              : [t + 240, 460, t + 240, 460 + len / 3];
      out += `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${p.gold}" stroke-width="8" stroke-linecap="round"/><circle cx="${x2}" cy="${y2}" r="14" fill="${p.soft}" stroke="${p.gold}" stroke-width="6"/>`;
    }
    return out + `<polygon points="${star(600, 330, 46)}" fill="${p.gold}"/>`;
  },
  volunteers: (r, p) => {
    let out = '';
    for (let i = 0; i < 4; i++) out += person(330 + i * 180, 320 + r() * 30, 1.7, i % 2 ? p.main : p.deep);
    const heart = (x: number, y: number, s: number) =>
      `<path d="M${x} ${y + 30 * s} c${-40 * s} ${-30 * s} ${-40 * s} ${-70 * s} 0 ${-60 * s} c${40 * s} ${-10 * s} ${40 * s} ${30 * s} 0 ${60 * s}z" fill="${p.main}"/>`;
    for (let i = 0; i < 5; i++) out += heart(200 + r() * 800, 90 + r() * 120, 0.8 + r() * 0.8);
    return out;
  },
  notice: (r, p) => {
    let out = `<rect x="330" y="120" width="540" height="400" rx="18" fill="${p.deep}"/><rect x="360" y="150" width="480" height="340" rx="8" fill="${p.soft}"/>`;
    out += `<rect x="400" y="185" width="${260 + r() * 80}" height="26" rx="6" fill="${p.main}"/>`;
    for (let l = 0; l < 6; l++)
      out += `<rect x="400" y="${240 + l * 36}" width="${300 + r() * 100}" height="12" rx="6" fill="${p.deep}" opacity="0.3"/>`;
    out += `<circle cx="740" cy="410" r="46" fill="none" stroke="${p.main}" stroke-width="8"/><polygon points="${star(740, 410, 26)}" fill="${p.main}"/>`;
    return out + `<circle cx="600" cy="135" r="16" fill="${p.gold}"/>`;
  },
  mountains: (r, p) => {
    let out = `<circle cx="${820 + r() * 120}" cy="190" r="80" fill="${p.gold}"/>`;
    out += `<path d="M0 520 L${200 + r() * 60} 260 L420 520z" fill="${p.deep}"/><path d="M260 520 L${560 + r() * 60} 200 L880 520z" fill="${p.main}"/><path d="M700 520 L${980 + r() * 40} 300 L1200 520z" fill="${p.deep}" opacity="0.85"/>`;
    let d = 'M0 470';
    for (let x = 0; x <= 1200; x += 60) d += ` L${x} ${450 + Math.sin(x / 90) * 18} l0 -16 l30 0 l0 16`;
    return out + `<path d="${d} L1200 520 L0 520z" fill="${p.gold}" opacity="0.8"/>`;
  },
} satisfies Record<string, Scene>;

type SceneName = keyof typeof SCENES;

const ALT: Record<SceneName, string> = {
  campus: '插图：校园教学楼前飘扬的红旗',
  books: '插图：一摞书本和一本打开的学习资料',
  meeting: '插图：党员围坐在会议桌旁开会',
  gears: '插图：齿轮和实训设备',
  circuit: '插图：芯片和电路线条',
  volunteers: '插图：志愿者和爱心图案',
  notice: '插图：贴着通知的公告栏',
  mountains: '插图：群山、长城和朝阳',
};

/** The frontmatter fields the covers need, as written in the file ('' when missing). */
interface Frontmatter {
  block: string;
  title: string;
  category: string;
  tags: string;
  branch: string;
  cover: string;
}

/** The scene of an article, from its category, tags, branch and title. */
function sceneOf(meta: Frontmatter): SceneName {
  const text = `${meta.title} ${meta.tags} ${meta.branch}`;
  if (/mech|机电|工匠|车床|PLC|技能/.test(text)) return 'gears';
  if (/it-|信息|数字|网络|信息化/.test(text)) return 'circuit';
  if (/志愿|乡村|社区|电商/.test(text)) return 'volunteers';
  if (/党史|纪念|红色|长征|研学/.test(text)) return 'mountains';
  if (meta.category === 'notice') return 'notice';
  if (meta.category === 'theory') return 'books';
  if (meta.category === 'branch-life' || /三会一课|组织生活|支部/.test(text)) return 'meeting';
  if (meta.category === 'voices') return 'volunteers';
  return 'campus';
}

function svgOf(scene: SceneName, seed: string, width = WIDTH, height = HEIGHT) {
  const r = random(seed);
  const p = PALETTES[Math.floor(r() * PALETTES.length)]!;
  let dots = '';
  for (let i = 0; i < 26; i++)
    dots += `<circle cx="${r() * 1200}" cy="${r() * 420}" r="${4 + r() * 22}" fill="${p.soft}" opacity="${0.2 + r() * 0.4}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 675" preserveAspectRatio="xMidYMid slice">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>
<rect width="1200" height="675" fill="url(#sky)"/>${dots}
<rect y="520" width="1200" height="155" fill="${p.deep}" opacity="0.18"/>
${SCENES[scene](r, p)}
</svg>`;
}

function frontmatter(text: string): Frontmatter {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const get = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(block)?.[1] ?? '';
  return {
    block,
    title: get('title'),
    category: get('category'),
    tags: get('tags'),
    branch: get('branch'),
    cover: get('cover'),
  };
}

mkdirSync(OUT, { recursive: true });
for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx'))) {
  const path = `${ARTICLES}/${file}`;
  const text = readFileSync(path, 'utf8');
  const meta = frontmatter(text);
  if (meta.cover) continue;
  const id = file.replace(/\.mdx$/, '');
  const scene = sceneOf(meta);
  await sharp(Buffer.from(svgOf(scene, id)))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(`${OUT}/${id}.jpg`);
  // After the author line: cover and its alt text, as the CMS would write them.
  const lines = `cover: /uploads/covers/${id}.jpg\ncoverAlt: ${ALT[scene]}`;
  writeFileSync(path, text.replace(/^(---\n[\s\S]*?)(\n---)/, `$1\n${lines}$2`));
  console.log(`${id}: ${scene}`);
}
// The home page's hero: a wide campus scene with the flag.
await sharp(Buffer.from(svgOf('campus', 'hero', 1600, 900)))
  .jpeg({ quality: 80, mozjpeg: true })
  .toFile('src/assets/hero.jpg');
