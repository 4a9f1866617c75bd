// The shop's staff pages about surveys, rendered on the shop's server from the Corner admin API. The
// admin token is used here only: the browser gets HTML and the CSV, never the token.
import type { Context, Hono } from "hono";
import type { SurveyAdmin, SurveyResults } from "../packages/contracts/src/survey-api.ts";
import type { ShopContext } from "./pages.ts";
import { staffErrorPage, staffResultsPage, staffSurveysPage } from "./staff-pages.ts";

export interface StaffOptions {
  /** API origin, e.g. `http://127.0.0.1:8787`. */
  api: string;
  site: string;
  /** Bearer token for `/v1/admin/*`; without it the staff pages say how to get one. */
  adminToken?: string | undefined;
}

/** A survey id as the contracts allow it (`SurveyKey`); anything else cannot name a survey. */
const SURVEY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

type Answer<T> = { ok: true; body: T } | { ok: false; status: number; detail: string };

/** The API's own words for a failure (problem+json `detail` or `title`), else its status. */
async function problem(res: Response): Promise<string> {
  try {
    const p = (await res.json()) as { detail?: string; title?: string };
    return p.detail ?? p.title ?? `The Corner API answered ${res.status}.`;
  } catch {
    return `The Corner API answered ${res.status}.`;
  }
}

export function mountStaff(app: Hono, ctx: ShopContext, opts: StaffOptions): void {
  const base = `${opts.api}/v1/admin/sites/${encodeURIComponent(opts.site)}/surveys`;

  const call = async (path: string): Promise<Response | string> => {
    if (!opts.adminToken) {
      return "The demo has no Corner admin token. Start it with `pnpm start`, which passes the API's token to the shop.";
    }
    try {
      return await fetch(base + path, { headers: { authorization: `Bearer ${opts.adminToken}` } });
    } catch (error) {
      return `The Corner API at ${opts.api} did not answer (${(error as Error).message}).`;
    }
  };

  const json = async <T>(path: string): Promise<Answer<T>> => {
    const res = await call(path);
    if (typeof res === "string") return { ok: false, status: 502, detail: res };
    if (!res.ok) return { ok: false, status: res.status, detail: await problem(res) };
    return { ok: true, body: (await res.json()) as T };
  };

  const failed = (c: Context, title: string, a: { status: number; detail: string }) =>
    // A missing survey stays a 404; anything else the API did is the shop's upstream failing: 502.
    c.html(staffErrorPage(ctx, title, a.detail), a.status === 404 ? 404 : 502);

  app.get("/staff", (c) => c.redirect("/staff/surveys"));
  app.get("/staff/surveys", async (c) => {
    const list = await json<{ items: SurveyAdmin[] }>("");
    if (!list.ok) return failed(c, "Surveys are unavailable", list);
    return c.html(staffSurveysPage(ctx, list.body.items));
  });

  app.get("/staff/surveys/:id", async (c) => {
    const id = c.req.param("id");
    const missing = { status: 404, detail: `There is no survey ${id} on this site.` };
    if (!SURVEY_ID.test(id)) return failed(c, "No such survey", missing);
    const [admin, results] = await Promise.all([
      json<SurveyAdmin>(`/${id}`),
      json<SurveyResults>(`/${id}/results?interval=week`),
    ]);
    if (!admin.ok)
      return failed(c, admin.status === 404 ? "No such survey" : "Results are unavailable", admin);
    if (!results.ok) return failed(c, "Results are unavailable", results);
    return c.html(staffResultsPage(ctx, admin.body, results.body));
  });

  // The CSV, streamed through from the API as it comes, with the API's file name.
  app.get("/staff/surveys/:id/responses.csv", async (c) => {
    const id = c.req.param("id");
    if (!SURVEY_ID.test(id)) return c.text(`There is no survey ${id} on this site.`, 404);
    const res = await call(`/${id}/responses.csv`);
    if (typeof res === "string") return c.text(res, 502);
    if (!res.ok || !res.body) return c.text(await problem(res), res.status === 404 ? 404 : 502);
    const headers = new Headers({
      "Content-Type": res.headers.get("Content-Type") ?? "text/csv; charset=utf-8",
      "Content-Disposition":
        res.headers.get("Content-Disposition") ?? `attachment; filename="${id}-responses.csv"`,
      "Cache-Control": "no-store",
    });
    return new Response(res.body, { status: 200, headers });
  });
}
