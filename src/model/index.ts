/** The content model and what is derived from it. */
export * from './collections';
export type * from './fields';
export { toDecapCollection, toDecapCollections, toDecapField, toDecapSettings } from './to-decap';
export { toZodSchema, type Lookups } from './to-zod';
export { explainIssues, formatContentError, type FieldProblem } from './messages';
