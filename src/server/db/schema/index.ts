export * from './platform.js';
export * from './sites.js';
export * from './visits.js';
export * from './catalogue.js';
export * from './agenda.js';
export * from './space.js';
export * from './surveys.js';
export * from './stats.js';
