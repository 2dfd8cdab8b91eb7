export declare function findInlineCode(html: string): string[];
