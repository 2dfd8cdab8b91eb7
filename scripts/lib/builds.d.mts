export interface TestBuild {
  name: string;
  base: string;
  outDir: string;
  port: number;
}
export declare function testBuilds(): TestBuild[];
export declare function buildEnv(build: TestBuild): Record<string, string>;
export declare function buildAll(builds?: TestBuild[]): Promise<void>;
export declare function freePort(): Promise<number>;
export declare const TEST_AS_OF: string;
