/** Every entity of the framework's content model. */
export * from './common.ts';
export * from './framework.ts';
export * from './pathway.ts';
export * from './capability.ts';
export * from './sub-capability.ts';
export * from './attribute.ts';
export * from './curriculum-area.ts';
export * from './resource.ts';
export * from './resource-parts.ts';
export * from './framework-export.ts';
export * from './action-plan/index.ts';
export * from './version.ts';
export * from './site-page.ts';
export * from './published-link.ts';
