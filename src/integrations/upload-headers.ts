/**
 * Headers of `astro preview` (what `npm start` serves): no response is sniffed into another type,
 * and the media folder's files are sandboxed, so a file there that a browser would run (an SVG or
 * a page) runs no script on the site's origin. deploy/nginx sends the same on the mirror.
 */
import type { Plugin } from 'vite';

/** The policy of an uploaded file: it shows images and media of the site and runs nothing. */
export const UPLOAD_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";
/** PDFs open in the browser's viewer, which a sandbox would block; they still load nothing else. */
export const PDF_CSP = "default-src 'none'; img-src 'self'; object-src 'self'";

/** A Vite plugin setting the headers on every preview response (`base`: the site's base path). */
export function uploadHeaders(base: string): Plugin {
  const uploads = `${base}uploads/`;
  return {
    name: 'xinhuo-upload-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        const path = (req.url ?? '').split('?')[0]!;
        if (path.startsWith(uploads))
          res.setHeader('Content-Security-Policy', /\.pdf$/i.test(path) ? PDF_CSP : UPLOAD_CSP);
        next();
      });
    },
  };
}
