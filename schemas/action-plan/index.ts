/** The action plan's file format: its facts, the current version 2, version 1, and the upgrade between them. */
export * from './format.ts';
export * from './v2.ts';
export * from './v1.ts';
export * from './upgrade.ts';
