/**
 * Which files passed the byte-level checks (raw-checks.ts: encoding, invisible characters,
 * mojibake, YAML typing), remembered between builds by a digest of their bytes: on a site of
 * thousands of articles these checks are seconds of every build, and after one edit all files but
 * one are the bytes that passed last time. A file with a problem is never remembered (it is
 * checked, and reported, every time), and the whole list is dropped when the checks' code changes
 * (the version is a digest of raw-checks.ts and the modules it imports). Field, folder and reference checks always run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sourceDigest } from '../lib/source-digest.ts';
import { checkRawFile, type RawCheck } from './raw-checks.ts';

/** The checks' version: a digest of raw-checks.ts and what it imports (else nothing is remembered). */
export const rawChecksVersion = (): string | undefined => sourceDigest(['src/checks/raw-checks.ts']);

export interface RawCheckCache {
  check: (bytes: Uint8Array, format: 'mdx' | 'yml') => RawCheck;
  /** Files checked in full, and files known clean by their digest. */
  stats: () => { checked: number; known: number };
  /** Writes the digests of this run's clean files (a failed write only costs time next build). */
  save: () => void;
}

/** The cache in `file`; `version` identifies the checks (rawChecksVersion), undefined: remember nothing. */
export function rawCheckCache(file: string, version: string | undefined): RawCheckCache {
  let previous = new Set<string>();
  if (version) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; clean?: string[] };
      if (parsed.version === version && Array.isArray(parsed.clean)) previous = new Set(parsed.clean);
    } catch {
      // Nothing remembered yet.
    }
  }
  const clean = new Set<string>();
  let checked = 0;
  let known = 0;
  return {
    check: (bytes, format) => {
      const digest = createHash('sha1').update(format).update(bytes).digest('base64url');
      if (previous.has(digest)) {
        known++;
        clean.add(digest);
        return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), problems: [] };
      }
      checked++;
      const result = checkRawFile(bytes, format);
      if (result.text !== undefined && result.problems.length === 0) clean.add(digest);
      return result;
    },
    stats: () => ({ checked, known }),
    save: () => {
      if (!version) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(`${file}.tmp`, JSON.stringify({ version, clean: [...clean] }));
        renameSync(`${file}.tmp`, file);
      } catch {
        // A read-only checkout: everything is checked again next time.
      }
    },
  };
}
