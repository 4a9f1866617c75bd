export { fakeId, makeReview, trailRunnerReviews } from "./fixtures.ts";
export {
  feedbackBoard,
  feedbackComments,
  feedbackIdeas,
  type IdeasDb,
  makeComment,
  makeIdea,
} from "./ideas.ts";
export { createMockApi, MOCK_API, type MockApi, type MockDb, problem } from "./mock-api.ts";
export { type QaDb, qaDb } from "./qa.ts";
export { makeAnswer, makeQuestion, trailRunnerQuestions } from "./qa-fixtures.ts";
export {
  type MockSurveyResponse,
  makeSurvey,
  npsSurvey,
  type SurveysDb,
  surveysDb,
  tourSurvey,
} from "./surveys.ts";
