import { answerVotesStore } from "./answer-votes.ts";
import { answersStore } from "./answers.ts";
import { boardsStore } from "./boards.ts";
import { challengesStore } from "./challenges.ts";
import type { Driver } from "./driver.ts";
import { helpfulStore } from "./helpful.ts";
import { ideaCommentsStore } from "./idea-comments.ts";
import { ideaStaffStore } from "./idea-staff.ts";
import { ideaVotesStore } from "./idea-votes.ts";
import { ideasStore } from "./ideas.ts";
import { idempotencyStore } from "./idempotency.ts";
import { notificationsStore } from "./notifications.ts";
import { peopleStore } from "./people.ts";
import { privacyStore } from "./privacy.ts";
import { acceptAnswer } from "./qa-accept.ts";
import { qaReportsStore } from "./qa-reports.ts";
import { questionsStore } from "./questions.ts";
import { reportsStore } from "./reports.ts";
import { reputationStore } from "./reputation.ts";
import { reviewsStore } from "./reviews.ts";
import { settingsStore } from "./settings.ts";
import { sitesStore } from "./sites.ts";
import { surveyResponsesStore } from "./survey-responses.ts";
import { surveyResultsStore } from "./survey-results.ts";
import { surveysStore } from "./surveys.ts";

export type { AnswerVoteOutcome } from "./answer-votes.ts";
export type { AnswerSortKey } from "./answers.ts";
export type { BoardRecord, CategoryRecord } from "./boards.ts";
export type { Driver, Row } from "./driver.ts";
export { createPgliteDriver, createPostgresDriver, pgliteDriver } from "./driver.ts";
export type { CommentRecord } from "./idea-comments.ts";
export type { StatusOutcome } from "./idea-staff.ts";
export type { VoteRecord } from "./idea-votes.ts";
export type { IdeaRecord, IdeaSortKey, IdeaStatus } from "./ideas.ts";
export { InvalidCursorError } from "./keyset.ts";
export { migrate, migrationFiles } from "./migrate.ts";
export type { NotificationRecord } from "./notifications.ts";
export type { PersonRecord, Provider } from "./people.ts";
export type { AcceptOutcome } from "./qa-accept.ts";
export type { QaReportRecord } from "./qa-reports.ts";
export type { AnswerRecord, QaAuthorRecord, QaStatus, QuestionRecord } from "./qa-rows.ts";
export type { QuestionSortKey } from "./questions.ts";
export type { ReportRecord } from "./reports.ts";
export type { ReputationRecord } from "./reputation.ts";
export type { ReviewRecord, ReviewSortKey, ReviewStatus, SummaryRecord } from "./reviews.ts";
export type { SiteRecord } from "./sites.ts";
export type { ResponseWriteOutcome } from "./survey-responses.ts";
export type { ExportRow, ResultsRange } from "./survey-results.ts";
export type { SurveyEventType, SurveyPersonRecord, SurveyRecord } from "./surveys.ts";

/** The one storage interface routes use; the same SQL runs on PGlite and PostgreSQL. */
export interface Storage {
  readonly driver: Driver;
  sites: ReturnType<typeof sitesStore>;
  people: ReturnType<typeof peopleStore>;
  challenges: ReturnType<typeof challengesStore>;
  reviews: ReturnType<typeof reviewsStore>;
  helpful: ReturnType<typeof helpfulStore>;
  reports: ReturnType<typeof reportsStore>;
  idempotency: ReturnType<typeof idempotencyStore>;
  settings: ReturnType<typeof settingsStore>;
  boards: ReturnType<typeof boardsStore>;
  ideas: ReturnType<typeof ideasStore>;
  ideaVotes: ReturnType<typeof ideaVotesStore>;
  ideaComments: ReturnType<typeof ideaCommentsStore>;
  ideaStaff: ReturnType<typeof ideaStaffStore>;
  notifications: ReturnType<typeof notificationsStore>;
  questions: ReturnType<typeof questionsStore>;
  answers: ReturnType<typeof answersStore>;
  answerVotes: ReturnType<typeof answerVotesStore>;
  /** Accepts an answer (or clears the choice with `answerId: null`); see qa-accept.ts. */
  accept: (input: Parameters<typeof acceptAnswer>[1]) => ReturnType<typeof acceptAnswer>;
  reputation: ReturnType<typeof reputationStore>;
  qaReports: ReturnType<typeof qaReportsStore>;
  surveys: ReturnType<typeof surveysStore>;
  surveyResponses: ReturnType<typeof surveyResponsesStore>;
  surveyResults: ReturnType<typeof surveyResultsStore>;
  privacy: ReturnType<typeof privacyStore>;
  /** Runs `fn` in one transaction; every store on the argument is bound to it. */
  transaction<T>(fn: (tx: Storage) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createStorage(driver: Driver): Storage {
  return {
    driver,
    sites: sitesStore(driver),
    people: peopleStore(driver),
    challenges: challengesStore(driver),
    reviews: reviewsStore(driver),
    helpful: helpfulStore(driver),
    reports: reportsStore(driver),
    idempotency: idempotencyStore(driver),
    settings: settingsStore(driver),
    boards: boardsStore(driver),
    ideas: ideasStore(driver),
    ideaVotes: ideaVotesStore(driver),
    ideaComments: ideaCommentsStore(driver),
    ideaStaff: ideaStaffStore(driver),
    notifications: notificationsStore(driver),
    questions: questionsStore(driver),
    answers: answersStore(driver),
    answerVotes: answerVotesStore(driver),
    accept: (input) => acceptAnswer(driver, input),
    reputation: reputationStore(driver),
    qaReports: qaReportsStore(driver),
    surveys: surveysStore(driver),
    surveyResponses: surveyResponsesStore(driver),
    surveyResults: surveyResultsStore(driver),
    privacy: privacyStore(driver),
    transaction: (fn) => driver.transaction((tx) => fn(createStorage(tx))),
    close: () => driver.close(),
  };
}
