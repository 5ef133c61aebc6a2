// Every table of every module, for drizzle-kit and the typed database handle.
export * from './audit.schema.js';
export * from '../modules/identity/identity.schema.js';
export * from '../modules/directory/directory.schema.js';
export * from '../modules/mapping/mapping.schema.js';
export * from '../modules/networks/networks.schema.js';
export * from '../modules/allocation/allocation.schema.js';
export * from '../modules/transitions/transitions.schema.js';
export * from '../modules/transfer/transfer.schema.js';
