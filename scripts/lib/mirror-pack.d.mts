export declare const PRECOMPRESS: Set<string>;
export declare const MANIFEST: string;
export declare const RELEASE_INFO: string;
export declare const SITE_DIR: string;
export declare function listFiles(root: string): Promise<string[]>;
export declare function sha256File(path: string): Promise<string>;
export declare function precompress(root: string): Promise<{ files: number; saved: number }>;
export declare function writeManifest(releaseDir: string): Promise<number>;
export declare function packRelease(releaseDir: string, archivePath: string): Promise<{ digest: string; size: number }>;
