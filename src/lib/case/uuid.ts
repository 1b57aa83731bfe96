/**
 * Name-based (version 5) UUIDs, RFC 9562 §5.5: the SHA-1 of a namespace and a name. CASE asks for
 * identifiers that never change; made from our stable ids (never from text or position), the same
 * item gets the same identifier in every build, and a changed statement keeps it.
 */
import { createHash } from 'node:crypto';

/** RFC 9562's namespace for names that are URLs. */
export const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** This framework's own namespace: the v5 UUID of a name that never changes (not the site's address, which may). */
export const frameworkNamespace = uuidV5('urn:4c-leadership-capability-framework', urlNamespace);

/** The lower-case v5 UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string): string {
	const hash = createHash('sha1')
		.update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
		.update(name, 'utf8')
		.digest();
	const bytes = hash.subarray(0, 16);
	bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
	bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
