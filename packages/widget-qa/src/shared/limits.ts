/**
 * The lengths `@corner/contracts` allows (`limits.test.ts` checks they agree). Importing them from there
 * would put the contracts module, valibot included, into the lazily loaded form chunks: the bundler keeps
 * its `{ ...Schema.entries }` spreads as possible side effects.
 */
export const QUESTION_TITLE_MAX = 200;
export const QUESTION_DETAILS_MAX = 5000;
export const ANSWER_BODY_MAX = 5000;
