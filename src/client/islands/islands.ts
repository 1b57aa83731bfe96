/**
 * The reading pages' islands in one module, so that they cost one request between them: the
 * copy-link buttons, the filter and "Add to your plan". Each finds its own elements and does nothing
 * on a page without them. Islands.astro loads it once the page has painted.
 */
import '../copy-link/copy-link.ts';
import '../filter/filter.ts';
import '../add-to-plan/add-to-plan.ts';
