/** The capabilities page's counts, read from the small in-memory framework, not written in. */
import { describe, expect, test } from 'vitest';
import { capabilitiesDescription, capabilitiesLead, capabilitiesOverview, inWords } from '../../src/lib/capability-words.ts';
import { buildModel } from '../../src/lib/model.ts';
import { modelEntries } from '../helpers/model-entries.ts';

// Two capabilities: Maintaining Curiosity with two sub-capabilities, Providing Clarity with one.
const { capabilities } = buildModel(modelEntries());
const [curiosity, clarity] = capabilities;
/** `count` capabilities of `each` sub-capabilities. */
const framework = (count: number, each: number) => Array.from({ length: count }, () => ({ subCapabilities: Array.from({ length: each }, () => curiosity!.subCapabilities[0]!) }));

describe('capabilitiesDescription', () => {
	test('counts the capabilities in words and the sub-capabilities in digits, as the content has them', () =>
		expect(capabilitiesDescription(capabilities)).toBe('The two capabilities of the 4C framework and their 3 sub-capabilities.'));
	test('reads as the framework has it with four capabilities of seven', () =>
		expect(capabilitiesDescription(framework(4, 7))).toBe('The four capabilities of the 4C framework and their 28 sub-capabilities.'));
	test('agrees with one capability of one sub-capability', () =>
		expect(capabilitiesDescription([clarity!])).toBe('The one capability of the 4C framework and its 1 sub-capability.'));
});

describe('capabilitiesLead', () => {
	test('says how many each capability has when they have as many', () =>
		expect(capabilitiesLead(framework(4, 7))).toBe('The framework has four capabilities, each with seven sub-capabilities.'));
	test('says how many in all when they differ', () =>
		expect(capabilitiesLead(capabilities)).toBe('The framework has two capabilities, with three sub-capabilities between them.'));
	test('agrees with one capability', () => expect(capabilitiesLead([curiosity!])).toBe('The framework has one capability, with two sub-capabilities.'));
});

describe('capabilitiesOverview (the home page)', () => {
	test('names the capabilities and how many each has', () =>
		expect(capabilitiesOverview(framework(4, 7))).toEqual({ heading: 'The four capabilities', sentence: 'Each capability has seven sub-capabilities.' }));
	test('says how many in all when they differ', () =>
		expect(capabilitiesOverview(capabilities)).toEqual({ heading: 'The two capabilities', sentence: 'They have three sub-capabilities between them.' }));
	test('agrees with one capability', () => expect(capabilitiesOverview([curiosity!])).toEqual({ heading: 'The capability', sentence: 'It has two sub-capabilities.' }));
});

test('inWords writes a count in words up to nine, in digits from 10', () => expect([1, 7, 9, 10, 28].map(inWords)).toEqual(['one', 'seven', 'nine', '10', '28']));
