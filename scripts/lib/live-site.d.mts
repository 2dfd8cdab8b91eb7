export declare function waitForUrl(url: string, timeout?: number, init?: RequestInit): Promise<void>;
export interface BuildCheckout {
  dir: string;
  checkout: (commit: string) => Promise<string>;
  remove: () => Promise<unknown>;
}
export declare function buildCheckout(root: string): Promise<BuildCheckout>;
export declare function rebuild(options: {
  root: string;
  outDir: string;
  env: Record<string, string>;
  checkout: BuildCheckout;
  commit: string;
}): Promise<boolean>;
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
}): Promise<() => Promise<void>>;
