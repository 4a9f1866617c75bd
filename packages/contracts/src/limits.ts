/**
 * The lengths the API allows, as plain numbers: the widgets import them from `@corner/contracts/limits`, so
 * their lazily loaded forms count characters against the same limits without pulling in the schemas
 * (valibot included), which the bundler keeps for their `{ ...Schema.entries }` spreads.
 */
export const IDEA_TITLE_MAX = 120;
export const IDEA_DESCRIPTION_MAX = 5000;
export const COMMENT_BODY_MAX = 5000;
export const RESPONSE_BODY_MAX = 5000;
export const QUESTION_TITLE_MAX = 200;
export const QUESTION_DETAILS_MAX = 5000;
export const ANSWER_BODY_MAX = 5000;
