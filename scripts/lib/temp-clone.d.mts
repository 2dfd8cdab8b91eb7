export declare function makeTempClone(source?: string): string;
