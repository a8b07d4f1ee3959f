/** The data contract (DESIGN.md): zod schemas are the single source of types. */
export * from './status';
export * from './timeline';
export * from './snapshot';
export * from './health';
export * from './settings';
export * from './stored';
export * from './messages';
export * from './recipe';
export * from './backup';
