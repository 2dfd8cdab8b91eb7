import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional → Simplified normalization for search. The index and every query go through the same
 * rule, so a query in either script meets text in either: 備份 and 备份, 網路 and 网络 (Taiwan
 * phrases are mapped to mainland ones, `twp`). Text without a single Traditional character is left
 * as it is — on both sides — which keeps the index fast (most pages are Simplified already) and
 * means the browser loads the converter (≈50 KB gzipped) only for queries that need it.
 */
const convert = OpenCC.Converter({ from: 'twp', to: 'cn' });

/** Converts text to mainland Simplified Chinese, phrases included. */
export function toSimplified(text: string): string {
  return convert(text);
}

let characters: string | undefined;

/**
 * Every Traditional character that the converter changes on its own (備 → 备): about 4,000, ≈10 KB
 * gzipped. Characters that are also a conversion's result (么, 著) are Simplified and left out.
 * Derived from the converter's dictionaries, so it follows opencc-js updates.
 */
export function traditionalCharacters(): string {
  if (characters) return characters;
  // The dictionaries behind `{ from: 'twp', to: 'cn' }`; their typing omits normalizationChain.
  const config = OpenCC.Locale.configs['tw2sp'] as unknown as Record<
    'normalizationChain' | 'conversionChain',
    string[][]
  >;
  const dicts = [config.normalizationChain, config.conversionChain].flat(2);
  // The last group maps Traditional to Simplified (TSPhrases, TSCharacters): its results are Simplified.
  const simplified = config.conversionChain.at(-1) ?? [];
  const sources = new Set<string>();
  const targets = new Set<string>();
  for (const dict of dicts) {
    for (const entry of dict.split('|')) {
      const [source = '', ...outputs] = entry.split(' ');
      if ([...source].length !== 1) continue;
      sources.add(source);
      if (simplified.includes(dict)) for (const output of outputs) targets.add(output);
    }
  }
  // A character that is also some conversion's result (么 in 什么) is everyday Simplified.
  characters = [...sources]
    .filter((c) => !targets.has(c) && convert(c) !== c)
    .sort()
    .join('');
  return characters;
}

let pattern: RegExp | undefined;

/** Whether the text holds a Traditional character (a fast scan: one regular expression). */
export function hasTraditional(text: string): boolean {
  pattern ??= new RegExp(`[${traditionalCharacters().replace(/[\\\]^-]/g, '\\$&')}]`, 'u');
  return pattern.test(text);
}

/** The search form of a text: Simplified if it holds any Traditional character, else unchanged. */
export function normalizeChinese(text: string): string {
  return hasTraditional(text) ? convert(text) : text;
}
