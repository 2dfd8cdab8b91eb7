/**
 * Text encodings: the bytes of an old Chinese text file (UTF-8, GB18030/GBK, Big5, UTF-16) read as
 * text, with the encoding it was read as. Shared by the importer and the build's byte-level checks.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** The encodings old Chinese text files come in; GB18030 is the superset of GBK and GB2312. */
export type TextEncoding = 'UTF-8' | 'GB18030' | 'Big5' | 'UTF-16LE' | 'UTF-16BE';

/** A decoded text file and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * Reads the bytes of a text file as Unicode. A byte-order mark decides; otherwise valid UTF-8 is
 * UTF-8 (a GBK file is almost never valid UTF-8), and anything else is whichever of GB18030 and Big5
 * chardet finds likelier. Other encodings are not expected in Chinese office material.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  if (isValidUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'UTF-8' };
  const guess = analyse(buffer).find((match) => match.name === 'GB18030' || match.name === 'Big5');
  const encoding = guess?.name === 'Big5' ? 'Big5' : 'GB18030';
  return { text: iconv.decode(buffer, encoding), encoding };
}
