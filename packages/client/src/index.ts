export {
  type ClientOptions,
  type CornerClient,
  type CreateOptions,
  type CreateReviewOptions,
  createClient,
  type ListReviewsParams,
  type RequestOptions,
} from "./client.ts";
export { AuthError } from "./errors/auth-error.ts";
export { ConflictError } from "./errors/conflict-error.ts";
export { CornerError, type ProblemInit } from "./errors/corner-error.ts";
export { ForbiddenError } from "./errors/forbidden-error.ts";
export { errorFromResponse } from "./errors/from-response.ts";
export { NetworkError } from "./errors/network-error.ts";
export { NotFoundError } from "./errors/not-found-error.ts";
export { RateLimitError } from "./errors/rate-limit-error.ts";
export { ValidationError } from "./errors/validation-error.ts";
export { type IdeasClient, ideasClient, type ListCommentsParams, type ListIdeasParams } from "./ideas.ts";
export {
  type ListAnswersParams,
  type ListQuestionsParams,
  type QaClient,
  qaClient,
} from "./qa.ts";
export { type ReviewsClient, reviewsClient } from "./reviews.ts";
export { type SiteClient, siteClient } from "./site.ts";
export { type EligibleParams, type SurveysClient, surveysClient } from "./surveys.ts";
