import { describe, expect, it } from 'vitest';
import { StatsAggregator, externalHost, pagePath } from './aggregate.ts';

const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36';

/** A combined-format line with sensible defaults. */
function line({
  ip = '192.0.2.1',
  time = '14/Oct/2026:09:30:05 +0800',
  target = '/',
  status = 200,
  ref = '-',
  ua = UA,
} = {}) {
  return `${ip} - - [${time}] "GET ${target} HTTP/1.1" ${status} 100 "${ref}" "${ua}"`;
}

function aggregator(base = '/') {
  // A test hash that is just the key's characters folded: distinct keys give distinct hashes here.
  return new StatsAggregator({
    base,
    ownHosts: ['dj.example.edu.cn'],
    visitorHash: (day, key) => {
      let h = 2166136261;
      for (const c of day + key) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
      return [h, Math.imul(h, 2654435761) >>> 0];
    },
  });
}

describe('StatsAggregator', () => {
  it('counts page views and daily visitors, dropping bots, assets and failures', () => {
    const a = aggregator();
    a.addLine(line({ target: '/articles/x/' }));
    a.addLine(line({ target: '/articles/x/index.html', ip: '192.0.2.2' }));
    a.addLine(line({ target: '/articles/x/' }));
    a.addLine(line({ target: '/articles/x/', ua: 'Baiduspider/2.0' }));
    a.addLine(line({ target: '/_astro/a.css' }));
    a.addLine(line({ target: '/uploads/p.png' }));
    a.addLine(line({ target: '/articles/y', status: 301 }));
    a.addLine(line({ target: '/', time: '15/Oct/2026:00:10:00 +0800' }));
    a.addLine('not a log line');
    const s = a.result('2026-10-20', 1);
    expect(s.lines).toMatchObject({ total: 9, malformed: 1, bots: 1, assets: 2, failed: 1, pageViews: 4 });
    expect(s.days).toEqual([
      { date: '2026-10-14', views: 3, visitors: 2 },
      { date: '2026-10-15', views: 1, visitors: 1 },
    ]);
    expect(s.months[0]).toMatchObject({ month: '2026-10', views: 4, visitors: 3 });
    expect(s.months[0]!.pages).toEqual([
      { path: 'articles/x/', views: 3 },
      { path: '', views: 1 },
    ]);
  });

  it('uses Beijing time for the day', () => {
    const a = aggregator();
    a.addLine(line({ time: '31/Oct/2026:17:00:00 +0000' }));
    expect(a.result('2026-11-02', 1).days[0]!.date).toBe('2026-11-01');
  });

  it('only counts paths under the base and strips it', () => {
    const a = aggregator('/dangjian/');
    a.addLine(line({ target: '/dangjian/about/' }));
    a.addLine(line({ target: '/other/' }));
    a.addLine(line({ target: '/dangjian/_s?q=%E5%85%9A%E5%8F%B2&n=0' }));
    const s = a.result('2026-10-20', 1);
    expect(s.lines).toMatchObject({ pageViews: 1, outside: 1, searches: 1 });
    expect(s.months[0]!.pages).toEqual([{ path: 'about/', views: 1 }]);
    expect(s.months[0]!.searches).toEqual([{ term: '党史', count: 1, zero: 1 }]);
  });

  it('drops search terms, referrers and missing paths seen fewer than k times in a month', () => {
    const a = aggregator();
    for (let i = 0; i < 3; i++)
      a.addLine(line({ target: `/_s?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE&n=${i}`, status: 204 }));
    for (let i = 0; i < 2; i++) a.addLine(line({ target: '/_s?q=my+name+is+rare&n=0', status: 204 }));
    for (let i = 0; i < 3; i++) a.addLine(line({ ref: 'https://www.baidu.com/s?wd=x' }));
    a.addLine(line({ ref: 'https://rare.example.org/' }));
    a.addLine(line({ ref: 'https://dj.example.edu.cn/articles/' }));
    for (let i = 0; i < 3; i++) a.addLine(line({ target: '/old-page/', status: 404 }));
    a.addLine(line({ target: '/wp-login.php', status: 404 }));
    const month = a.result('2026-10-20', 3).months[0]!;
    expect(month.searches).toEqual([{ term: '三会一课', count: 3, zero: 1 }]);
    expect(month.referrers).toEqual([{ host: 'www.baidu.com', count: 3 }]);
    expect(month.notFound).toEqual([{ path: 'old-page/', count: 3 }]);
    expect(a.result('2026-10-20', 2).months[0]!.searches.map((s) => s.term)).toEqual(['三会一课', 'my name is rare']);
  });

  it('writes neither IPs nor user agents', () => {
    const a = aggregator();
    a.addLine(line({ ip: '2001:db8::1', target: '/_s?q=x', ua: `${UA} UniqueMarker` }));
    a.addLine(line({ ip: '2001:db8::1', ua: `${UA} UniqueMarker` }));
    const text = JSON.stringify(a.result('2026-10-20', 1));
    expect(text).not.toContain('2001:db8');
    expect(text).not.toContain('UniqueMarker');
  });
});

describe('helpers', () => {
  it('pagePath folds index.html and decodes', () => {
    expect(pagePath('index.html')).toBe('');
    expect(pagePath('tags/%E5%85%9A/index.html')).toBe('tags/党/');
  });
  it('externalHost keeps other sites only', () => {
    expect(externalHost('https://WWW.Baidu.com/s', ['x.cn'])).toBe('www.baidu.com');
    expect(externalHost('https://x.cn/a', ['x.cn'])).toBeUndefined();
    expect(externalHost('-garbage', ['x.cn'])).toBeUndefined();
  });
});
