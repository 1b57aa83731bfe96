/**
 * The redirects that former ids call for: a renamed capability or sub-capability moves pages, so
 * each old address gets a page that sends readers on. (A renamed attribute only needs its old
 * fragment, which its item keeps as an empty anchor; see AttributeItem.)
 */
import type { Model } from './model.ts';
import { urls } from './urls.ts';

export interface Redirect {
	from: string;
	to: string;
}

export function pageRedirects(model: Pick<Model, 'capabilities'>): Redirect[] {
	const redirects: Redirect[] = [];
	for (const capability of model.capabilities) {
		const oldCapabilityIds = [capability.id, ...capability.formerIds];
		for (const old of capability.formerIds) redirects.push({ from: urls.capability(old), to: urls.capability(capability.id) });
		for (const subCapability of capability.subCapabilities)
			for (const capabilityId of oldCapabilityIds)
				for (const subId of [subCapability.id, ...subCapability.formerIds])
					if (capabilityId !== capability.id || subId !== subCapability.id)
						redirects.push({ from: urls.subCapability(capabilityId, subId), to: urls.subCapability(capability.id, subCapability.id) });
	}
	return redirects;
}
