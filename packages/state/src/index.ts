export { type CornerConfig, clientFor } from "./config.ts";
export { type DraftStore, draftKey, type ReviewDraft, reviewDraft } from "./draft.ts";
export { toggleHelpful } from "./helpful.ts";
export {
  acquireIdeaDetail,
  type CommentDraft,
  commentDraft,
  commentDraftKey,
  type IdeaDetailState,
  type IdeaDetailStore,
  type WriteOutcome,
} from "./idea-detail.ts";
export {
  type IdeaDraft,
  type IdeaDraftStore,
  type IdeaSubmitOutcome,
  ideaDraft,
  ideaDraftKey,
  submitIdea,
} from "./idea-draft.ts";
export {
  acquireIdeas,
  type IdeasQuery,
  type IdeasState,
  type IdeasStore,
  ideasEmpty,
  type VoteOutcome,
} from "./ideas.ts";
export { solvePow } from "./pow.ts";
export {
  acquireQuestions,
  type QuestionsQuery,
  type QuestionsState,
  type QuestionsStore,
  questionsEmpty,
} from "./qa.ts";
export {
  acquireQuestionDetail,
  type QaReport,
  type QuestionDetailState,
  type QuestionDetailStore,
} from "./question-detail.ts";
export {
  type AnswerDraft,
  answerDraft,
  answerDraftKey,
  type QuestionDraft,
  type QuestionDraftStore,
  type QuestionSubmitOutcome,
  questionDraft,
  questionDraftKey,
  submitQuestion,
} from "./question-draft.ts";
export {
  acquireReviews,
  type HelpfulOutcome,
  isEmpty,
  type ReviewsState,
  type ReviewsStore,
} from "./reviews.ts";
export { getToken, sessionKey, sessionStore, setSession } from "./session.ts";
export { login, logout } from "./sign-in.ts";
export { type SubmitOutcome, submitReview } from "./submit.ts";
export {
  readStored,
  recordSurveyEvent,
  type SurveyDraft,
  type SurveyDraftStore,
  type SurveyPick,
  type SurveyWriteOutcome,
  surveyDraft,
  surveyDraftKey,
  updateStored,
  writeSurveyAnswers,
} from "./survey.ts";
