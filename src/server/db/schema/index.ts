export * from './platform.js';
export * from './sites.js';
