import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional → Simplified normalization for search. The index and every query go through the same
 * converter, so a query in either script meets text in either: 備份 and 备份, 網路 and 网络 (Taiwan
 * phrases are mapped to mainland ones, `twp`). Only Han characters change; ASCII, markup and
 * Simplified text pass through as they are.
 */
const convert = OpenCC.Converter({ from: 'twp', to: 'cn' });

export function toSimplified(text: string): string {
  return convert(text);
}

/**
 * The characters that can make the converter change a query: every Traditional character it maps,
 * plus the first character of phrases written with Simplified-looking characters (程式 → 程序).
 * A query with none of them is left as it is, so the browser loads the converter (≈50 KB gzipped)
 * only for queries that need it; this set is ≈10 KB gzipped.
 */
export function traditionalTriggers(): string {
  // The dictionaries behind `{ from: 'twp', to: 'cn' }`; their typing omits normalizationChain.
  const config = OpenCC.Locale.configs['tw2sp'] as unknown as Record<string, unknown>;
  const dicts = [config['normalizationChain'], [config['segmentation']], config['conversionChain']].flat(3) as string[];
  const entries = dicts.flatMap((dict) => dict.split('|').map((entry) => entry.split(' ')));
  const changed = entries.filter(([source, target]) => source && source !== target).map(([source]) => [...source!]);
  const single = new Set(changed.filter((chars) => chars.length === 1).map(([char]) => char!));
  const triggers = new Set(single);
  for (const chars of changed) if (!chars.some((char) => single.has(char))) triggers.add(chars[0]!);
  return [...triggers].sort().join('');
}
