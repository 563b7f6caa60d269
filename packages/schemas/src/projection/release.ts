import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Actor } from '../generated/types.js';

/** What a release of a free text says: this text, at this path, written for this audience, by whom, when. */
export interface TextRelease {
  path: string;
  audience: 'employer' | 'commission';
  sha256: string;
  by: Actor;
  at: string;
}

/**
 * The digest that ties a release to one exact text: SHA-256 of its UTF-8 bytes, in hex. Synchronous
 * and dependency-light (@noble/hashes) so that it runs the same in browsers and Node.
 * @example textDigest('Poste adapté : pas de port de charges') // '3f1c…' (64 hex digits)
 */
export function textDigest(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The release entry an occupational-health author adds to a record's `textReleases` when a free
 * text is written for the employer or the commission. Editing the text afterwards voids it.
 * @example record.textReleases = [...(record.textReleases ?? []), releaseOf(record.comments, '/comments', { audience: 'employer', by: { name: 'Dr Lefèvre' }, at: '2026-03-02T10:00:00+01:00' })];
 */
export function releaseOf(text: string, path: string, options: { audience: TextRelease['audience']; by: Actor; at: string }): TextRelease {
  return { path, audience: options.audience, sha256: textDigest(text), by: options.by, at: options.at };
}
