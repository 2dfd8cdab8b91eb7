export interface TestBuild {
  name: string;
  base: string;
  outDir: string;
  port: number;
}
export declare const TEST_BUILDS: TestBuild[];
export declare function buildEnv(build: TestBuild): Record<string, string>;
export declare function buildAll(builds?: TestBuild[]): Promise<void>;
