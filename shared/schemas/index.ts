export * from './fields.js';
export * from './source.js';
export * from './metric.js';
export * from './claim.js';
export * from './comparison.js';
export * from './revision.js';
export * from './problem.js';
export * from './user.js';
