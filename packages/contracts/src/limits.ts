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

/** Survey definitions and answers. */
export const SURVEY_QUESTION_MAX = 200;
export const SURVEY_TEXT_ANSWER_MAX = 2000;
export const SURVEY_CHOICES_MAX = 20;
export const SURVEY_STEPS_MAX = 20;
/** Days a dismissed survey stays away when the definition does not say. */
export const SURVEY_DISMISS_DAYS = 30;
/** Days between two survey prompts to one visitor, across every survey of a site (the contact budget). */
export const SURVEY_CONTACT_BUDGET_DAYS = 14;
