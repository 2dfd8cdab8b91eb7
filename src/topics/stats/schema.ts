/** The shape of src/data/stats.json, checked when the stats command writes it and when the build reads it. */
import { z } from 'astro/zod';

const count = z.number().int().nonnegative();
const month = z.string().regex(/^\d{4}-\d{2}$/);

/** Aggregated, anonymous reader statistics: no IP address, no user agent, no rare search term. */
export const statsSchema = z.strictObject({
  version: z.literal(1),
  /** Day the file was made (Beijing time). */
  generated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Search terms, referrers and missing paths seen fewer times than this in a month were dropped. */
  minCount: z.number().int().min(1),
  /** Whether a long tail was cut to keep memory bounded (rare figures are then approximate). */
  approximate: z.boolean(),
  lines: z.strictObject({
    total: count,
    malformed: count,
    bots: count,
    assets: count,
    failed: count,
    outside: count,
    pageViews: count,
    searches: count,
  }),
  days: z.array(z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), views: count, visitors: count })),
  months: z.array(
    z.strictObject({
      month,
      views: count,
      /** Sum of the daily unique visitors. */
      visitors: count,
      pages: z.array(z.strictObject({ path: z.string(), views: count })),
      searches: z.array(z.strictObject({ term: z.string().min(1), count, zero: count })),
      referrers: z.array(z.strictObject({ host: z.string().min(1), count })),
      notFound: z.array(z.strictObject({ path: z.string(), count })),
    }),
  ),
});

export type Stats = z.infer<typeof statsSchema>;
export type MonthStats = Stats['months'][number];

/** Parses stats JSON text, naming the file and the first problem when it does not fit. */
export function parseStats(text: string, file: string): Stats {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${file}: 不是有效的 JSON / not valid JSON (${(error as Error).message}). 请重新运行 npm run stats。`,
      { cause: error },
    );
  }
  return validateStats(data, file);
}

/** Checks parsed stats data, naming the file and the first problem when it does not fit. */
export function validateStats(data: unknown, file: string): Stats {
  const result = statsSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(
      `${file}: 字段 ${issue.path.join('.') || '(root)'} 不符合格式 / field does not fit: ${issue.message}. 请用 npm run stats 重新生成。`,
    );
  }
  return result.data;
}
