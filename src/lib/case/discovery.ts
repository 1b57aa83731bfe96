/**
 * The CASE discovery document: 1EdTech's own OpenAPI 3.0 file for CASE 1.1 (CASE Service REST/JSON
 * Binding v1.1, Appendix B; provenance in tests/fixtures/case-v1p1/README.md), localised to this
 * host as the binding asks ("MUST be set to the actual service provider").
 */
import openapi from './openapi/imscasev1p1_openapi3_v1p0.json' with { type: 'json' };

export function discoveryDocument(site: URL): unknown {
	const document = structuredClone(openapi) as typeof openapi;
	const server = document.servers[0]!;
	server.variables.hostName.default = site.host;
	return document;
}
