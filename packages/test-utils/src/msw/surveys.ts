import {
  checkAnswer,
  type SurveyAnswer,
  type SurveyDefinition,
  type SurveyPublic,
  type SurveyResponseWrite,
} from "@corner/contracts";
import { HttpResponse, http, type RequestHandler } from "msw";
import { fakeId } from "./fixtures.ts";
import type { Problem, Recorder, UserOf } from "./handler-kit.ts";

/** A response as the mock stores it: its answers by step, merged call by call. */
export interface MockSurveyResponse {
  id: string;
  key: string;
  surveyId: string;
  answers: SurveyAnswer[];
  complete: boolean;
  context?: SurveyResponseWrite["context"];
  /** The signed-in person who wrote it, if any. */
  userId?: string;
  /** How many writes it took. */
  writes: number;
}

export interface SurveysDb {
  /** Active surveys by id, as `GET /surveys/{id}` and `eligible` answer them. */
  surveys: Map<string, SurveyPublic>;
  /** Responses by id. */
  surveyResponses: Map<string, MockSurveyResponse>;
  /** Every shown/dismissed event, in order. */
  surveyEvents: { surveyId: string; type: string; userId?: string }[];
  /** Every body posted to `/responses`, in order (also the refused ones). */
  surveyWrites: (SurveyResponseWrite & { surveyId: string })[];
}

/** A survey with sensible defaults (one NPS step, shown on page view as a slide-in). */
export function makeSurvey(p: Partial<SurveyPublic> = {}): SurveyPublic {
  return {
    id: "quick",
    name: "Quick question",
    steps: [
      { type: "nps", id: "score", question: "How likely are you to recommend us?", required: true, skip: [] },
    ],
    trigger: { type: "pageview" },
    display: "slide-in",
    frequency: { dismissDays: 30 },
    ...p,
  };
}

/**
 * `nps`: a score (required); 0–8 go to "What should we fix first?", 9–10 skip to "What do you love most?";
 * both text steps are optional and end at a thank-you step with a link.
 */
export const npsSurvey = (): SurveyPublic =>
  makeSurvey({
    id: "nps",
    name: "How are we doing?",
    steps: [
      {
        type: "nps",
        id: "score",
        question: "How likely are you to recommend Corner Outfitters to a friend?",
        required: true,
        skip: [{ when: { gte: 9 }, goto: "love" }],
      },
      {
        type: "text",
        id: "fix",
        question: "What should we fix first?",
        required: false,
        skip: [{ goto: "thanks" }],
      },
      { type: "text", id: "love", question: "What do you love most?", required: false, skip: [] },
      {
        type: "thanks",
        id: "thanks",
        question: "Thank you! Your answer helps us improve.",
        link: { url: "https://example.com/roadmap", label: "See what we are building" },
      },
    ],
  });

/** `tour`: one step of every answering type after NPS, each required unless said, then a plain thank-you. */
export const tourSurvey = (): SurveyPublic =>
  makeSurvey({
    id: "tour",
    name: "Your visit",
    steps: [
      {
        type: "csat",
        id: "csat",
        question: "How satisfied are you with your order?",
        required: true,
        skip: [],
        style: "faces",
      },
      { type: "ces", id: "ces", question: "How easy was checking out?", required: true, skip: [] },
      {
        type: "rating",
        id: "rating",
        question: "Rate our delivery",
        required: true,
        skip: [],
        max: 5,
        lowLabel: "Poor",
        highLabel: "Excellent",
      },
      {
        type: "single",
        id: "found",
        question: "How did you find us?",
        required: true,
        skip: [],
        choices: [
          { id: "search", label: "Search engine" },
          { id: "friend", label: "A friend" },
        ],
        other: true,
      },
      {
        type: "multiple",
        id: "bought",
        question: "What did you buy?",
        required: true,
        skip: [],
        choices: [
          { id: "shoes", label: "Shoes" },
          { id: "jackets", label: "Jackets" },
          { id: "socks", label: "Socks" },
        ],
        other: true,
      },
      {
        type: "text",
        id: "else",
        question: "Anything else?",
        required: false,
        skip: [],
        placeholder: "Tell us",
      },
      { type: "thanks", id: "bye", question: "Thanks for your time!" },
    ],
  });

/** The surveys part of a mock database: `nps` and `tour` active. */
export function surveysDb(): SurveysDb {
  return {
    surveys: new Map([
      ["nps", npsSurvey()],
      ["tour", tourSurvey()],
    ]),
    surveyResponses: new Map(),
    surveyEvents: [],
    surveyWrites: [],
  };
}

/**
 * The surveys part of the mock API: a survey by id (404 when missing), `eligible` (every survey not shown
 * inline), responses (answers checked like the API, 422 naming the bad value; `responseId` + `key` continue
 * one, 409 once complete) and shown/dismissed events (204).
 */
export function surveyHandlers(
  base: string,
  db: SurveysDb,
  record: Recorder,
  userOf: UserOf,
  problem: Problem,
): RequestHandler[] {
  const notFound = (what: string) => problem(404, "Not found", `No such ${what}.`);
  const invalid = (path: string, message: string) =>
    problem(422, "Validation failed", "Some answers need fixing.", [{ path, message }]);
  return [
    http.get(`${base}/surveys/eligible`, ({ request }) => {
      record(request);
      const surveys = [...db.surveys.values()].filter((s) => s.display !== "inline");
      return HttpResponse.json({ surveys, contactBudgetDays: 14 });
    }),
    http.get(`${base}/surveys/:id`, ({ request, params }) => {
      record(request);
      const survey = db.surveys.get(String(params.id));
      return survey ? HttpResponse.json(survey) : notFound("survey");
    }),
    http.post(`${base}/surveys/:id/responses`, async ({ request, params }) => {
      record(request);
      const survey = db.surveys.get(String(params.id));
      if (!survey) return notFound("survey");
      const body = (await request.json()) as SurveyResponseWrite;
      db.surveyWrites.push({ ...body, surveyId: survey.id });
      if (!Array.isArray(body.answers) || body.answers.length === 0)
        return invalid("body.answers", "must have at least one answer");
      for (const [i, a] of body.answers.entries()) {
        const wrong = checkAnswer(survey as SurveyDefinition, a.stepId, a.value);
        if (wrong) return invalid(`body.answers.${i}.value`, wrong);
      }
      const user = userOf(request);
      let response = body.responseId ? db.surveyResponses.get(body.responseId) : undefined;
      if (body.responseId) {
        if (!response || response.surveyId !== survey.id) return notFound("response");
        if (response.key !== body.key) return problem(403, "Forbidden", "This is not your response.");
        if (response.complete) return problem(409, "Conflict", "This response is complete.");
      }
      const created = !response;
      response ??= {
        id: fakeId(),
        key: `key-${fakeId()}`,
        surveyId: survey.id,
        answers: [],
        complete: false,
        ...(body.context ? { context: body.context } : {}),
        ...(user ? { userId: user.id } : {}),
        writes: 0,
      };
      const merged = new Map(response.answers.map((a) => [a.stepId, a]));
      for (const a of body.answers) merged.set(a.stepId, a);
      response.answers = [...merged.values()];
      response.complete = body.complete === true;
      response.writes++;
      db.surveyResponses.set(response.id, response);
      return HttpResponse.json(
        { responseId: response.id, key: response.key, complete: response.complete },
        { status: created ? 201 : 200 },
      );
    }),
    http.post(`${base}/surveys/:id/events`, async ({ request, params }) => {
      record(request);
      const survey = db.surveys.get(String(params.id));
      if (!survey) return notFound("survey");
      const { type } = (await request.json()) as { type?: string };
      if (type !== "shown" && type !== "dismissed") return invalid("body.type", "must be shown or dismissed");
      const user = userOf(request);
      db.surveyEvents.push({ surveyId: survey.id, type, ...(user ? { userId: user.id } : {}) });
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
