import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { readConfig } from '../../src/config.ts';

/** Set by scripts/test-nginx.ts: where nginx serves the mirror and where its releases live. */
const config = readConfig();
export const MIRROR = {
  url: config.nginxUrl!,
  root: config.nginxRoot!,
  archive: config.nginxArchive!,
  accessLog: config.nginxAccessLog!,
};

/** Runs deploy/publish.sh against the test's releases folder. */
export function publishSh(...args: string[]) {
  const result = spawnSync('bash', ['deploy/publish.sh', '--root', MIRROR.root, ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A reference from a page to a URL, as written in the HTML. */
export interface Link {
  from: string;
  /** Absolute URL, fragment included. */
  url: string;
  /** Element and attribute it came from, e.g. `a[href]`. */
  via: string;
}

export interface Resource {
  url: string;
  status: number;
  contentType: string;
  /** HTML pages only. */
  html?: string;
  ids?: Set<string>;
}

export interface Crawl {
  /** Every same-origin URL met (without fragment), with its response. */
  resources: Map<string, Resource>;
  /** HTML pages under the base, in crawl order. */
  pages: string[];
  links: Link[];
  /** URLs on other origins that pages link to (not requested: a reader would leave the intranet). */
  outsideLinks: Set<string>;
}

const URL_ATTRIBUTES: [string, string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
  ['object', 'data'],
];

/** Every URL an HTML document refers to (srcset candidates included), and the ids it defines. */
export function extract(html: string, pageUrl: string) {
  const { document } = parseHTML(html);
  const refs: { url: string; via: string }[] = [];
  for (const [tag, attribute] of URL_ATTRIBUTES) {
    for (const element of document.querySelectorAll(`${tag}[${attribute}]`)) {
      refs.push({ url: element.getAttribute(attribute)!, via: `${tag}[${attribute}]` });
    }
  }
  for (const element of document.querySelectorAll('[srcset]')) {
    for (const candidate of element.getAttribute('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push({ url, via: `${element.localName}[srcset]` });
    }
  }
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) ids.add(element.getAttribute('id')!);
  for (const element of document.querySelectorAll('a[name]')) ids.add(element.getAttribute('name')!);
  const links = refs
    .filter(({ url }) => !/^(mailto|tel|data|blob|javascript):/i.test(url.trim()))
    .map(({ url, via }) => ({ from: pageUrl, url: new URL(url, pageUrl).href, via }));
  return { links, ids };
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** Pages are the folder-style URLs (trailingSlash 'always'); everything else is an asset or a feed. */
const looksLikePage = (url: string) => /\/(\?.*)?$/.test(url) || url.endsWith('.html');

/**
 * Crawls the mirror over HTTP, without a browser: from the base page and every URL in the
 * sitemap, following every same-origin link found in the HTML. Redirects are not followed, so a
 * link that only works through a redirect shows up as its 3xx status.
 */
export async function crawlSite(baseURL: string, concurrency = 6): Promise<Crawl> {
  const origin = new URL(baseURL).origin;
  const resources = new Map<string, Resource>();
  const pages: string[] = [];
  const links: Link[] = [];
  const outsideLinks = new Set<string>();
  const queue: string[] = [];
  const seen = new Set<string>();
  const enqueue = (url: string) => {
    const key = withoutHash(url);
    if (new URL(key).origin !== origin) {
      outsideLinks.add(key);
    } else if (!seen.has(key)) {
      seen.add(key);
      queue.push(key);
    }
  };

  const sitemapIndex = await (await fetch(new URL('sitemap-index.xml', baseURL))).text();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  for (const sitemap of locs(sitemapIndex)) {
    for (const url of locs(await (await fetch(sitemap)).text())) enqueue(url);
  }
  enqueue(baseURL);

  const visit = async (url: string) => {
    const response = await fetch(url, { method: looksLikePage(url) ? 'GET' : 'HEAD', redirect: 'manual' });
    const contentType = response.headers.get('content-type') ?? '';
    const resource: Resource = { url, status: response.status, contentType };
    resources.set(url, resource);
    if (response.status !== 200 || !contentType.startsWith('text/html')) return;
    resource.html = await response.text();
    const found = extract(resource.html, url);
    resource.ids = found.ids;
    if (url.startsWith(baseURL)) pages.push(url);
    for (const link of found.links) {
      links.push(link);
      enqueue(link.url);
    }
  };
  const workers = Array.from({ length: concurrency }, async () => {
    // Workers share the queue; one that finds it empty waits for the others' links.
    for (let idle = 0; idle < 50;) {
      const next = queue.shift();
      if (next === undefined) {
        idle += 1;
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      idle = 0;
      await visit(next);
    }
  });
  await Promise.all(workers);
  return { resources, pages, links, outsideLinks };
}

/** Links whose target is missing: a status other than 200, or a #fragment with no such id on the target page. */
export function brokenLinks({ resources, links }: Crawl) {
  const broken: string[] = [];
  for (const link of links) {
    const target = resources.get(withoutHash(link.url));
    if (!target) continue; // another origin: counted, never requested
    const where = `${new URL(link.from).pathname} ${link.via} → ${link.url.replace(new URL(link.from).origin, '')}`;
    if (target.status !== 200) {
      broken.push(`${where}: HTTP ${target.status}`);
      continue;
    }
    const fragment = decodeURIComponent(new URL(link.url).hash.slice(1));
    if (fragment && fragment !== 'top' && !target.ids?.has(fragment))
      broken.push(`${where}: no element with id "${fragment}"`);
  }
  return [...new Set(broken)];
}
