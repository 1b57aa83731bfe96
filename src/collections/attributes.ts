/** Turns a pathway's `attributes.yaml` into attribute records. */
import type { Attribute, AttributeFile } from '../../schemas/index.ts';

export function attributesFromFile(pathway: string, file: AttributeFile): Attribute[] {
	return Object.entries(file).flatMap(([subCapability, entries]) =>
		entries.map((entry, index) => ({ ...entry, pathway, subCapability, order: index + 1 })),
	);
}
