export declare function waitForUrl(url: string, timeout?: number, init?: RequestInit): Promise<void>;
export interface BuildCheckout {
  dir: string;
  checkout: (commit: string) => Promise<string>;
  remove: () => Promise<unknown>;
}
/** Astro's cache of optimized images, relative to a checkout. */
export declare const IMAGE_CACHE: string;
export declare function buildCheckout(root: string, name?: string): Promise<BuildCheckout>;
/** A file the publish gate held back, and why. */
export interface Hold {
  file: string;
  problems: { path: string; label: string; zh: string; en: string; line?: number }[];
  since: number;
  /** Whether readers still see an older version of it (false: it is not on the site at all). */
  published: boolean;
}
export interface PublishStatus {
  commit?: string;
  live?: string;
  building: boolean;
  failure?: { reason: string; at: number };
  holds: Hold[];
}
export declare function createPublisher(options: {
  root: string;
  outDir: string;
  env: Record<string, string>;
  checkout: BuildCheckout;
}): {
  publish: (commit: string) => Promise<boolean>;
  status: () => PublishStatus;
  state: { live?: string };
};
export declare function watchBranch(options: {
  root: string;
  branch: string;
  interval?: number;
  settle?: number;
  build: (commit: string) => Promise<boolean>;
  onLive?: (ms: number, commit: string) => void;
}): () => Promise<void>;
export declare function startLiveSite(options: {
  root?: string;
  host: string;
  port: number;
  cmsPort: number;
  base?: string;
  onLive?: (ms: number, commit: string) => void;
  /** Check entries before 待发布 and 发布 (default true); false only to test the publish gate behind it. */
  precheck?: boolean;
}): Promise<() => Promise<void>>;
