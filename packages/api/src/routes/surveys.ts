import {
  checkAnswer,
  SurveyEligible,
  SurveyEligibleQuery,
  SurveyEventCreate,
  SurveyPublic,
  SurveyResponseResult,
  SurveyResponseWrite,
} from "@corner/contracts";
import { eligible, fromLocal, mergeHistory, type VisitorHistory } from "@corner/survey-rules";
import type { Reply } from "../middleware/idempotency/index.ts";
import { HttpProblem } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { Storage } from "../storage/index.ts";
import { SiteParams } from "./params.ts";
import {
  activeSurveys,
  anonymousIdempotent,
  limitAnonymous,
  notFoundSurvey,
  SurveyParams,
  surveyPublic,
} from "./survey-shared.ts";

const NO_STORE = { "cache-control": "private, no-store" };

/**
 * The visitor's device when the page does not say: Chromium's client hint `Sec-CH-UA-Mobile: ?1`, else a
 * phone or tablet User-Agent (Safari and Firefox send no client hints).
 */
export const deviceOf = (mobileHint: string | undefined, userAgent = ""): "desktop" | "mobile" =>
  mobileHint === "?1" || (mobileHint === undefined && /Mobi|Android|iPhone|iPad/.test(userAgent))
    ? "mobile"
    : "desktop";

const invalid = (path: string, message: string) =>
  new HttpProblem(422, "validation", `${path} ${message}`, [{ path, message }]);

export const surveyRoutes = [
  // Before `/surveys/{id}`, which would otherwise take "eligible" for a survey id.
  route({
    method: "GET",
    path: "/v1/sites/{site}/surveys/eligible",
    summary:
      "The triggered surveys this visitor may see on this page now (targeting, sampling, frequency, contact budget); inline surveys are never listed",
    tag: "surveys",
    auth: "optional",
    params: SiteParams,
    query: SurveyEligibleQuery,
    responses: {
      200: {
        description: "Surveys, highest priority first, and the site's contact budget",
        schema: SurveyEligible,
      },
    },
    handler: async ({ c, rt, db, query, site, user }) => {
      // Sampling is per visitor; without any id a visitor is never in a partial sample.
      const visitorId = user?.id ?? query.visitor ?? query.history?.v ?? "";
      const candidates = (await activeSurveys(rt, db, site.id)).filter(
        (s) => s.display !== "inline" && (visitorId !== "" || s.targeting.sampling >= 100),
      );
      let history: VisitorHistory = fromLocal(query.history);
      if (user && candidates.length > 0) {
        history = mergeHistory(history, { surveys: await db.surveys.history(site.id, user.id) });
      }
      const language = (query.lang ?? c.req.header("accept-language") ?? "")
        .split(",")
        .map((l) => l.split(";")[0]!.trim())
        .filter(Boolean);
      const { surveys } = eligible(
        candidates,
        {
          url: query.url,
          device: query.device ?? deviceOf(c.req.header("sec-ch-ua-mobile"), c.req.header("user-agent")),
          signedIn: user !== undefined,
          language,
          attributes: query.attributes ?? query.history?.t ?? {},
          visitorId,
        },
        history,
        Date.now(),
        { contactBudgetDays: site.surveyContactDays },
      );
      const body: SurveyEligible = {
        surveys: surveys.map(surveyPublic),
        contactBudgetDays: site.surveyContactDays,
      };
      return { status: 200, body, headers: NO_STORE };
    },
  }),

  route({
    method: "GET",
    path: "/v1/sites/{site}/surveys/{id}",
    summary: "An active survey's steps, for an inline <corner-survey survey>; targeting stays on the server",
    tag: "surveys",
    auth: "none",
    params: SurveyParams,
    responses: { 200: { description: "The survey", schema: SurveyPublic } },
    handler: async ({ rt, db, params, site }) => {
      const survey = (await activeSurveys(rt, db, site.id)).find((s) => s.id === params.id);
      if (!survey) throw notFoundSurvey(params.id);
      return { status: 200, body: surveyPublic(survey), headers: { "cache-control": "public, max-age=60" } };
    },
  }),

  route({
    method: "POST",
    path: "/v1/sites/{site}/surveys/{id}/events",
    summary:
      "The survey was shown (spends the contact budget) or dismissed: counted, and remembered for a signed-in person",
    tag: "surveys",
    auth: "optional",
    rateLimit: "write",
    params: SurveyParams,
    body: SurveyEventCreate,
    responses: { 204: { description: "Counted" } },
    handler: async ({ c, rt, db, params, body, site, user }) => {
      if (!user) await limitAnonymous(c, rt, site.id, params.id);
      const ok = await db.surveys.event({
        siteId: site.id,
        surveyId: params.id,
        type: body.type,
        personId: user?.id,
      });
      if (!ok) throw notFoundSurvey(params.id);
      return c.body(null, 204);
    },
  }),

  route({
    method: "POST",
    path: "/v1/sites/{site}/surveys/{id}/responses",
    summary:
      "Answers so far, after each step: the first call creates the response (answers its id and key), later calls continue it; complete on the last step",
    tag: "surveys",
    auth: "optional",
    idempotent: true,
    rateLimit: "write",
    params: SurveyParams,
    body: SurveyResponseWrite,
    responses: {
      200: { description: "The response, continued", schema: SurveyResponseResult },
      201: { description: "The response, created", schema: SurveyResponseResult },
      404: { description: "No such active survey, or no such response with this key" },
      409: { description: "The survey is paused or ended, or the response is already complete" },
      422: { description: "An answer that does not fit its step, or a required step left out" },
    },
    handler: async ({ c, rt, db, params, body, site, user }) => {
      if (!user) await limitAnonymous(c, rt, site.id, params.id);
      const survey = await db.surveys.get(site.id, params.id);
      const def = survey?.definition;
      if (!def || def.status === "draft") throw notFoundSurvey(params.id);
      if (def.status !== "active") {
        throw new HttpProblem(
          409,
          "conflict",
          `The survey ${params.id} is ${def.status} and takes no answers.`,
        );
      }
      const errors: { path: string; message: string }[] = [];
      const seen = new Set<string>();
      body.answers.forEach((a, i) => {
        if (!def.steps.some((s) => s.id === a.stepId)) {
          errors.push({
            path: `body.answers.${i}.stepId`,
            message: `names no step of this survey: ${a.stepId}`,
          });
        } else if (seen.has(a.stepId)) {
          errors.push({ path: `body.answers.${i}.stepId`, message: "answers this step twice" });
        } else {
          const problem = checkAnswer(def, a.stepId, a.value);
          if (problem) errors.push({ path: `body.answers.${i}.value`, message: problem });
        }
        seen.add(a.stepId);
      });
      const first = errors[0];
      if (first) throw new HttpProblem(422, "validation", `${first.path} ${first.message}`, errors);

      const write = async (tx: Storage): Promise<Reply> => {
        const out = await tx.surveyResponses.write({
          siteId: site.id,
          definition: def,
          responseId: body.responseId,
          key: body.key,
          personId: user?.id,
          answers: body.answers,
          complete: body.complete,
          context: body.context ?? {},
        });
        if (!out.ok) {
          if (out.reason === "notFound") {
            throw new HttpProblem(
              404,
              "notFound",
              `There is no response ${body.responseId} to continue with this key.`,
            );
          }
          if (out.reason === "completed") {
            throw new HttpProblem(409, "conflict", "This response is complete and cannot change.");
          }
          throw invalid("body.answers", `must answer the required step ${out.stepId}`);
        }
        const result: SurveyResponseResult = {
          responseId: out.responseId,
          key: out.key,
          complete: out.complete,
        };
        return { status: out.created ? 201 : 200, body: result, headers: NO_STORE };
      };
      // Signed-in writes get Idempotency-Key from the registry; anonymous ones are handled here.
      return user ? write(db) : anonymousIdempotent(c, rt, site.id, body, write);
    },
  }),
];
