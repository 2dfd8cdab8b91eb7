export declare const MAX_EDITOR_NAME: number;
export declare const COMMITTING_ACTIONS: ReadonlySet<string>;
export declare function normalizeEditorName(name: unknown): string;
export declare function editorNameProblem(name: unknown): string | undefined;
export declare function authorEnv(name: unknown): { GIT_AUTHOR_NAME: string; GIT_AUTHOR_EMAIL: string };
export declare function withCommitAuthors(
  env?: Record<string, string | undefined>,
): (req: { body?: unknown }, res: unknown, next: () => void) => void;
