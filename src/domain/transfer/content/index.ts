// Content of the learning network (module `transfer`): context model, model municipalities,
// good practices, demo gaps with their development labels and the labelled evaluation set. Pure data, no I/O.
export * from './types.js';
export * from './dimensions.js';
export * from './context-questions.js';
export * from './kommunen.js';
export * from './practices.js';
export * from './gaps.js';
export * from './dev-labels.js';
export * from './labelled-gaps.js';
