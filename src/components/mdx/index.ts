import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';

/**
 * The components editors may use in MDX bodies, by the name they write (`<Callout>`).
 * Bodies cannot import anything; these are passed to every rendered entry.
 */
export const MDX_COMPONENTS = { Callout, Figure, Quote };
