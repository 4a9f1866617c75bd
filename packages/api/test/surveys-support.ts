import assert from "node:assert/strict";
import type { Storage } from "@corner/api";
import type {
  SiteCreated,
  SurveyAdmin,
  SurveyDefinitionInput,
  SurveyResponseResult,
} from "@corner/contracts";
import { send, type TestApi } from "@corner/test-utils/node";

/** A site made through the admin API, optionally with its own survey contact budget. */
export async function createSurveySite(
  api: TestApi,
  opts: { id?: string; surveyContactDays?: number } = {},
): Promise<SiteCreated> {
  const id = opts.id ?? `srv-${Math.random().toString(36).slice(2, 10)}`;
  const res = await send(
    api,
    "POST",
    "/v1/admin/sites",
    {
      id,
      name: `Survey shop ${id}`,
      origins: ["https://shop.example"],
      allowGuests: true,
      ...(opts.surveyContactDays !== undefined ? { surveyContactDays: opts.surveyContactDays } : {}),
    },
    api.adminToken,
  );
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as SiteCreated;
}

/** NPS, then a text step for low scores and a choice for high ones, then thanks. */
export const npsSurvey = (id: string, extra: Partial<SurveyDefinitionInput> = {}): SurveyDefinitionInput => ({
  id,
  name: `Survey ${id}`,
  status: "active",
  steps: [
    {
      type: "nps",
      id: "score",
      question: "How likely are you to recommend us?",
      required: true,
      skip: [
        { when: { lte: 6 }, goto: "fix" },
        { when: { gte: 9 }, goto: "love" },
      ],
    },
    { type: "text", id: "improve", question: "What would make it a 10?", skip: [{ goto: "thanks" }] },
    { type: "text", id: "fix", question: "What should we fix?", required: true, skip: [{ goto: "thanks" }] },
    {
      type: "single",
      id: "love",
      question: "What do you like most?",
      choices: [
        { id: "quality", label: "Quality" },
        { id: "prices", label: "Prices" },
      ],
      other: true,
    },
    { type: "thanks", id: "thanks", question: "Thank you!" },
  ],
  ...extra,
});

/** Creates a survey through the admin API (201 expected). */
export async function createSurvey(
  api: TestApi,
  site: string,
  definition: SurveyDefinitionInput,
): Promise<SurveyAdmin> {
  const res = await send(api, "POST", `/v1/admin/sites/${site}/surveys`, definition, api.adminToken);
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as SurveyAdmin;
}

/** Posts answers; answers the status and the body (a result or a problem). */
export async function respond(
  api: TestApi,
  site: string,
  survey: string,
  body: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: SurveyResponseResult & { errors?: { path: string; message: string }[] };
}> {
  const res = await send(api, "POST", `/v1/sites/${site}/surveys/${survey}/responses`, body, token, headers);
  return { status: res.status, body: (await res.json()) as SurveyResponseResult };
}

/** The survey's counters as the admin API reports them. */
export async function counts(api: TestApi, site: string, survey: string) {
  const res = await send(api, "GET", `/v1/admin/sites/${site}/surveys/${survey}`, undefined, api.adminToken);
  assert.equal(res.status, 200, await res.clone().text());
  return ((await res.json()) as SurveyAdmin).counts;
}

/** Rows of a survey table for one site and survey (to prove what was stored, or that nothing was). */
export async function surveyRows(
  storage: Storage,
  table: "survey_responses" | "survey_answers" | "survey_people",
  site: string,
  survey: string,
  where = "true",
): Promise<number> {
  const rows = await storage.driver.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE site_id = $1 AND survey_id = $2 AND ${where}`,
    [site, survey],
  );
  return rows[0]!.n;
}
