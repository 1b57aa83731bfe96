import { describe, expect, test } from 'vitest';
import { attributeEntrySchema, capabilitySchema, subCapabilitySchema } from '../../schemas/index.ts';
import { plainText } from '../../schemas/common.ts';

describe('markup copied into the framework\'s words', () => {
	test.each(['Demonstrates curiosity <svg/onload=alert(1)> of own values.', 'Maintain curiosity & <img src=x onerror=alert(document.domain)> around values.', 'A <b>bold</b> claim.', 'Caf&eacute; culture.'])('refuses %j', (value) => {
		expect(plainText.safeParse(value).success).toBe(false);
	});

	test.each(['Curiosity & care, 5 < 6 and 7 > 3.', 'Self-aware “leaders” – and others’.'])('allows %j', (value) => {
		expect(plainText.safeParse(value).success).toBe(true);
	});

	test('is refused in a sub-capability\'s and a capability\'s description, as in a statement', () => {
		const markup = 'Maintain curiosity <img src=x onerror=alert(1)> around values.';
		expect(JSON.stringify(subCapabilitySchema.safeParse({ id: 'a', code: 'CU1', capability: 'b', order: 1, title: 'T', description: markup }).error)).toContain('must be plain text');
		expect(JSON.stringify(capabilitySchema.safeParse({ id: 'a', code: 'CU', order: 1, title: 'T', shortName: 'T', description: markup }).error)).toContain('must be plain text');
		expect(JSON.stringify(attributeEntrySchema.safeParse({ id: 'p1-a', code: 'P1-CU1.1', text: markup, areas: ['a'], areasFrom: 'editorial' }).error)).toContain('must be plain text');
	});
});
