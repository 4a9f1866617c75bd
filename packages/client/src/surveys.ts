import type {
  SurveyAttributes,
  SurveyEligible,
  SurveyEventCreate,
  SurveyLocalHistory,
  SurveyPublic,
  SurveyResponseResult,
  SurveyResponseWrite,
} from "@corner/contracts";
import type { CornerClient, CreateOptions, RequestOptions } from "./client.ts";

/** What `eligible` is asked with: the page and what the browser knows (history and attributes as objects). */
export interface EligibleParams {
  /** The page's path and query (or a whole URL). */
  url: string;
  /** The browser's random first-party visitor id. */
  visitor?: string | undefined;
  device?: "desktop" | "mobile" | undefined;
  /** Language tags, most wanted first. */
  languages?: readonly string[] | undefined;
  history?: Partial<SurveyLocalHistory> | undefined;
  attributes?: SurveyAttributes | undefined;
}

/**
 * The survey endpoints of one site. Its own module (on top of a `CornerClient`), so pages without a survey
 * do not carry it: reads use the client's small fetch path, writes its lazily loaded ky path. Answering needs
 * no sign-in; with a session the bearer token goes along, so the server remembers the person across devices.
 */
export interface SurveysClient {
  /**
   * `GET /v1/sites/{site}/surveys/{id}`: an active survey's steps (for an inline `<corner-survey>`).
   * @example const survey = await surveys.getSurvey("nps-2026", { signal });
   */
  getSurvey(id: string, opts?: RequestOptions): Promise<SurveyPublic>;
  /**
   * `GET /v1/sites/{site}/surveys/eligible`: the surveys that may be shown on this page now.
   * @example const { surveys: list } = await surveys.eligible({ url: location.pathname, visitor });
   */
  eligible(params: EligibleParams, opts?: RequestOptions): Promise<SurveyEligible>;
  /**
   * `POST /v1/sites/{site}/surveys/{id}/responses`: the answers so far. The first call answers the new
   * response's `responseId` and `key`; later calls send both back. `complete` on the last step.
   * @example
   * const { responseId, key } = await surveys.writeResponse("nps", { answers: [{ stepId: "score", value: 9 }] });
   * await surveys.writeResponse("nps", { responseId, key, answers, complete: true });
   */
  writeResponse(id: string, body: SurveyResponseWrite, opts?: CreateOptions): Promise<SurveyResponseResult>;
  /**
   * `POST /v1/sites/{site}/surveys/{id}/events`: the survey was shown or dismissed (204).
   * @example await surveys.recordEvent("nps", { type: "dismissed" });
   */
  recordEvent(id: string, body: SurveyEventCreate, opts?: RequestOptions): Promise<void>;
}

const seg = encodeURIComponent;
const clients = new WeakMap<CornerClient, SurveysClient>();
const json = (value: object | undefined) => (value ? JSON.stringify(value) : undefined);

/**
 * The survey endpoints over a client (one per client).
 * @example
 * const surveys = surveysClient(createClient({ api, site: "demo" }));
 * const survey = await surveys.getSurvey("checkout-nps");
 */
export function surveysClient(client: CornerClient): SurveysClient {
  let surveys = clients.get(client);
  if (surveys) return surveys;
  const { read, send } = client;
  const survey = (id: string) => `surveys/${seg(id)}`;
  surveys = {
    getSurvey: (id, opts) => read<SurveyPublic>(survey(id), {}, opts),
    eligible: (p, opts) =>
      read<SurveyEligible>(
        "surveys/eligible",
        {
          url: p.url,
          visitor: p.visitor,
          device: p.device,
          lang: p.languages?.join(","),
          history: json(p.history),
          attributes: json(p.attributes),
        },
        opts,
      ),
    writeResponse: (id, body, opts) =>
      send<SurveyResponseResult>("post", `${survey(id)}/responses`, { ...opts, json: body }),
    recordEvent: async (id, body, opts) => {
      await send<unknown>("post", `${survey(id)}/events`, { json: body, signal: opts?.signal });
    },
  };
  clients.set(client, surveys);
  return surveys;
}
