/**
 * Cover images from the media folder (`/uploads/…` in public/), as image metadata for Astro's
 * image service: cards then get AVIF/WebP in several widths with `srcset`, width and height,
 * while editors keep choosing covers in the CMS's media library. SVG covers are used as they are.
 */
import type { ImageMetadata } from 'astro';

const files = import.meta.glob<ImageMetadata>('../../public/uploads/**/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG}', {
  eager: true,
  import: 'default',
});

const byPath = new Map(Object.entries(files).map(([file, image]) => [file.replace(/^\.\.\/\.\.\/public/, ''), image]));

/** The image behind a cover path (`/uploads/covers/x.jpg`), or undefined for an SVG or an unknown file. */
export function coverImage(path: string | undefined): ImageMetadata | undefined {
  return path ? byPath.get(path) : undefined;
}
