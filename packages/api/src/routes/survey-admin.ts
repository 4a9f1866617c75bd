import {
  SurveyAdmin,
  SurveyDefinition,
  SurveyResults,
  SurveyResultsQuery,
  SurveyStatusUpdate,
} from "@corner/contracts";
import * as v from "valibot";
import { HttpProblem, notFound } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { SurveyRecord } from "../storage/index.ts";
import { SiteParams } from "./params.ts";
import { csvStream } from "./survey-csv.ts";
import { forgetSurveys, SurveyParams } from "./survey-shared.ts";

/** `GET /v1/admin/sites/{site}/surveys`: every survey of the site, oldest first, on one page. */
export const SurveyAdminList = v.object({ items: v.array(SurveyAdmin), next: v.null() });
export type SurveyAdminList = v.InferOutput<typeof SurveyAdminList>;

const notFoundAdmin = (id: string) => notFound(`There is no survey ${id} on this site.`);
const NO_STORE = { "cache-control": "private, no-store" };

const adminJson = (r: SurveyRecord): SurveyAdmin => ({
  definition: r.definition,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  counts: r.counts,
});

/** `eligible` is a path of its own next to `/surveys/{id}`, so no survey may take that id. */
function refuseReservedId(id: string): void {
  if (id === "eligible") {
    const message = "is reserved; choose another id";
    throw new HttpProblem(422, "validation", `body.id ${message}`, [{ path: "body.id", message }]);
  }
}

export const surveyAdminRoutes = [
  route({
    method: "POST",
    path: "/v1/admin/sites/{site}/surveys",
    summary:
      "Create a survey from a definition (steps, skip logic, targeting, trigger, frequency, display); problems name the path of each error",
    tag: "admin",
    auth: "admin",
    params: SiteParams,
    body: SurveyDefinition,
    responses: {
      201: { description: "The survey with zeroed counts", schema: SurveyAdmin },
      409: { description: "The site has a survey with this id" },
    },
    handler: async ({ rt, db, body, site }) => {
      refuseReservedId(body.id);
      const created = await db.surveys.create(site.id, body);
      if (!created) throw new HttpProblem(409, "conflict", `A survey with id ${body.id} already exists.`);
      return { status: 201, body: adminJson(created), onCommit: () => forgetSurveys(rt, site.id) };
    },
  }),

  route({
    method: "GET",
    path: "/v1/admin/sites/{site}/surveys",
    summary: "Every survey of the site with its counts, oldest first",
    tag: "admin",
    auth: "admin",
    params: SiteParams,
    responses: { 200: { description: "Surveys", schema: SurveyAdminList } },
    handler: async ({ db, site }) => {
      const items = (await db.surveys.list(site.id)).map(adminJson);
      return { status: 200, body: { items, next: null } satisfies SurveyAdminList, headers: NO_STORE };
    },
  }),

  route({
    method: "GET",
    path: "/v1/admin/sites/{site}/surveys/{id}",
    summary: "One survey: its definition, whatever its status, and its counts",
    tag: "admin",
    auth: "admin",
    params: SurveyParams,
    responses: { 200: { description: "The survey", schema: SurveyAdmin } },
    handler: async ({ db, params, site }) => {
      const found = await db.surveys.get(site.id, params.id);
      if (!found) throw notFoundAdmin(params.id);
      return { status: 200, body: adminJson(found), headers: NO_STORE };
    },
  }),

  route({
    method: "PUT",
    path: "/v1/admin/sites/{site}/surveys/{id}",
    summary:
      "Replace a survey's definition (status included); answers are kept by step id, so results follow steps that keep their id",
    tag: "admin",
    auth: "admin",
    params: SurveyParams,
    body: SurveyDefinition,
    responses: {
      200: { description: "The survey", schema: SurveyAdmin },
      422: { description: "The body's id is not the one in the path" },
    },
    handler: async ({ rt, db, params, body, site }) => {
      if (body.id !== params.id) {
        const message = `must be ${params.id}, the survey in the path`;
        throw new HttpProblem(422, "validation", `body.id ${message}`, [{ path: "body.id", message }]);
      }
      const replaced = await db.surveys.replace(site.id, body);
      if (!replaced) throw notFoundAdmin(params.id);
      return { status: 200, body: adminJson(replaced), onCommit: () => forgetSurveys(rt, site.id) };
    },
  }),

  route({
    method: "PATCH",
    path: "/v1/admin/sites/{site}/surveys/{id}",
    summary: "Start, pause or end a survey without resending it",
    tag: "admin",
    auth: "admin",
    params: SurveyParams,
    body: SurveyStatusUpdate,
    responses: { 200: { description: "The survey", schema: SurveyAdmin } },
    handler: async ({ rt, db, params, body, site }) => {
      const updated = await db.surveys.setStatus(site.id, params.id, body.status);
      if (!updated) throw notFoundAdmin(params.id);
      return { status: 200, body: adminJson(updated), onCommit: () => forgetSurveys(rt, site.id) };
    },
  }),

  route({
    method: "GET",
    path: "/v1/admin/sites/{site}/surveys/{id}/results",
    summary:
      "Results: counts, per step the answers, distributions, averages, NPS and free text, and responses, NPS and CSAT per day, week or month",
    tag: "admin",
    auth: "admin",
    params: SurveyParams,
    query: SurveyResultsQuery,
    responses: { 200: { description: "The results", schema: SurveyResults } },
    handler: async ({ db, params, query, site }) => {
      const found = await db.surveys.get(site.id, params.id);
      if (!found) throw notFoundAdmin(params.id);
      const def = found.definition;
      const { steps, overTime } = await db.surveyResults.results(site.id, def, {
        interval: query.interval,
        from: query.from,
        to: query.to,
      });
      const body: SurveyResults = {
        survey: { id: def.id, name: def.name, status: def.status },
        counts: found.counts,
        steps,
        overTime,
      };
      return { status: 200, body, headers: NO_STORE };
    },
  }),

  route({
    method: "GET",
    path: "/v1/admin/sites/{site}/surveys/{id}/responses.csv",
    summary:
      "Every response as CSV (text/csv): response_id, started_at, updated_at, complete, url, language, device, signed_in, then one column per question step",
    tag: "admin",
    auth: "admin",
    params: SurveyParams,
    responses: { 200: { description: "RFC 4180 CSV, UTF-8, oldest response first" } },
    handler: async ({ rt, db, params, site }) => {
      const found = await db.surveys.get(site.id, params.id);
      if (!found) throw notFoundAdmin(params.id);
      return new Response(csvStream(db, site.id, found.definition, rt.log), {
        status: 200,
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${params.id}-responses.csv"`,
          ...NO_STORE,
        },
      });
    },
  }),
];
