/**
 * What the planner loads once the plans are drawn (see `planner.ts`): the forms and buttons, what
 * follows a change, the merging of two tabs' plans and the printable view; one chunk of its own
 * (`lazyChunk` in astro.config.mjs).
 */
export { Actions } from './actions.ts';
export { done, edit, fromOtherTab } from './changes.ts';
export { clearErrors } from './error-summary.ts';
export { submit } from './forms.ts';
export { mergeStores } from './merge.ts';
export { printView } from './print-view.ts';
