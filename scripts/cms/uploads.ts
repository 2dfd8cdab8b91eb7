// What an upload is, decided by its bytes (file-type), not by its name: an image, a document, a
// video or a caption file of the kinds the content model uses. SVG and HTML are never accepted —
// both can carry script that would run on the site's own origin.
import { fileTypeFromBuffer } from 'file-type';

/** An upload that is refused, with the editor-facing reason. */
export class UploadRefused extends Error {
  override name = 'UploadRefused';
}

/** The extensions a sniffed type may be saved under (the name's extension must be one of them). */
const SNIFFED: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'image/avif': ['avif'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'video/mp4': ['mp4'],
  'video/webm': ['webm'],
};

/** A WebVTT caption file: UTF-8 text that starts with `WEBVTT` (an optional BOM before it), no markup. */
function isWebVtt(bytes: Buffer) {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return /^WEBVTT(?:[ \t][^\n]*)?\r?\n/.test(text) && !/<\s*(script|iframe|object|embed|svg)/i.test(text);
}

/** Megabytes, for messages. */
const mb = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/**
 * Checks an upload's bytes against the kinds the site accepts, the extension of its `path` and the
 * size limit; resolves to the sniffed media type, or rejects with an UploadRefused.
 */
export async function checkUpload(path: string, bytes: Buffer, maxBytes: number): Promise<string> {
  const name = path.split('/').at(-1) ?? path;
  const extension = name.split('.').slice(1).at(-1)?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new UploadRefused(`文件“${name}”是空的（0 字节），请重新选择文件。`);
  if (bytes.length > maxBytes) {
    throw new UploadRefused(
      `文件“${name}”有 ${mb(bytes.length)}，超过了上传上限 ${mb(maxBytes)}。请压缩后再上传（视频可降低分辨率）。`,
    );
  }
  if (extension === 'vtt') {
    if (isWebVtt(bytes)) return 'text/vtt';
    throw new UploadRefused(`文件“${name}”不是 WebVTT 字幕文件（应以 WEBVTT 开头）。`);
  }
  const sniffed = await fileTypeFromBuffer(bytes);
  const allowed = sniffed && SNIFFED[sniffed.mime];
  if (!allowed) {
    throw new UploadRefused(
      `文件“${name}”的内容不是网站接受的类型（图片 JPG/PNG/WebP/GIF/AVIF、PDF、Word .docx、视频 MP4/WebM、字幕 VTT）。SVG 和网页文件不能上传。`,
    );
  }
  if (!allowed.includes(extension)) {
    throw new UploadRefused(
      `文件“${name}”的内容是 ${allowed[0]!.toUpperCase()}，与扩展名 .${extension} 不符，请改正扩展名后再上传。`,
    );
  }
  return sniffed.mime;
}
