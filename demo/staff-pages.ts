// The staff pages: every survey with its counts, and one survey's results (NPS card and trend, CSAT,
// each step's distribution, the latest free text). Everything from the API is escaped by hono/html.
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { SurveyAdmin, SurveyResults, SurveyStepResult } from "../packages/contracts/src/survey-api.ts";
import type { SurveyDefinition, SurveyStep } from "../packages/contracts/src/surveys.ts";
import { type Bar, barTable, formatDay, formatNumber, percent, stackedBar, trendChart } from "./charts.ts";
import { layout, type ShopContext } from "./pages.ts";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const crumbs = (trail: readonly [string, string][], current: string): Html =>
  html`<nav class="crumbs" aria-label="Breadcrumb">${trail.map(([href, label]) => html`<a href="${href}">${label}</a><span aria-hidden="true">/</span>`)}<span aria-current="page">${current}</span></nav>`;

const staffNote = html`<p class="staff-note">Staff only. A real shop puts these pages behind its own staff
login; the demo shows them to anyone, and the Corner admin token they use stays on the shop's server.</p>`;

function staffLayout(ctx: ShopContext, title: string, main: Html): Html {
  return layout(ctx, `${title} · Staff · Corner Outfitters`, main, "staff-page");
}

const display = (d: SurveyDefinition): string => {
  if (d.display === "inline") return "Inline, where a page places it";
  const how = d.display === "popover" ? "Popover" : "Slide-in";
  const t = d.trigger;
  const when =
    t.type === "pageview"
      ? "on page view"
      : t.type === "delay"
        ? `after ${formatNumber(t.ms / 1000)} s`
        : t.type === "scroll"
          ? `at ${t.percent}% scrolled`
          : t.type === "exit"
            ? "on exit intent"
            : t.type === "click"
              ? `on a click on ${t.selector}`
              : `when the page calls Corner.track("${t.name}")`;
  return `${how} ${when}`;
};

const pages = (d: SurveyDefinition): string => {
  const { include = [], exclude = [] } = d.targeting.urls;
  const on = include.length ? include.join(", ") : "every page";
  return exclude.length ? `${on}, except ${exclude.join(", ")}` : on;
};

const questions = (d: SurveyDefinition): string => {
  const n = d.steps.filter((s) => s.type !== "thanks").length;
  return `${n} ${n === 1 ? "question" : "questions"}`;
};

/** "1 answer", "96 answers". */
const answers = (n: number): string => `${n} ${n === 1 ? "answer" : "answers"}`;

const rate = (part: number, whole: number): string => (whole > 0 ? percent(part, whole) : "–");

function countsList(c: SurveyAdmin["counts"], big = false): Html {
  const items: [string, string | number][] = [
    ["Shown", c.shown],
    ["Dismissed", c.dismissed],
    ["Responses", c.responses],
    ["Completed", c.completed],
    ["Completion rate", rate(c.completed, c.responses)],
  ];
  return html`<dl class="counts${big ? " big" : ""}">
    ${items.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}
  </dl>`;
}

const status = (s: string): Html => html`<span class="status status-${s}">${s}</span>`;

/** `/staff/surveys`: every survey of the site, newest definitions as the API lists them. */
export function staffSurveysPage(ctx: ShopContext, surveys: readonly SurveyAdmin[]): Html {
  return staffLayout(
    ctx,
    "Surveys",
    html`<div class="wrap staff">
  ${crumbs([["/", "Shop"]], "Staff: surveys")}
  <h1>Surveys</h1>
  ${staffNote}
  ${
    surveys.length === 0
      ? html`<p class="empty">This site has no surveys yet. Create one with <code>POST /v1/admin/sites/${ctx.site}/surveys</code>.</p>`
      : html`<ul class="survey-list">
    ${surveys.map(
      (s) => html`<li class="panel">
      <div class="panel-head">
        <h2><a href="/staff/surveys/${s.definition.id}">${s.definition.name}</a></h2>
        ${status(s.definition.status)}
      </div>
      <p class="muted">${display(s.definition)} · ${questions(s.definition)} · <code>${s.definition.id}</code></p>
      ${countsList(s.counts)}
    </li>`,
    )}
  </ul>`
  }
</div>`,
  );
}

const signed = (n: number): string => (n > 0 ? `+${formatNumber(n, 0)}` : formatNumber(n, 0));

function npsCard(step: SurveyStepResult): Html {
  const nps = step.nps;
  if (!nps) return html``;
  const total = nps.promoters + nps.passives + nps.detractors;
  const parts = [
    { label: "Detractors (0–6)", count: nps.detractors, tone: "detractor" },
    { label: "Passives (7–8)", count: nps.passives, tone: "passive" },
    { label: "Promoters (9–10)", count: nps.promoters, tone: "promoter" },
  ];
  return html`<section class="panel score-card" aria-labelledby="nps-title">
    <h2 id="nps-title">Net Promoter Score</h2>
    <p class="score">${nps.score === null ? "–" : signed(nps.score)}</p>
    <p class="muted">${answers(total)} to “${step.question}”, on a scale from −100 to +100</p>
    ${stackedBar(parts)}
    <ul class="legend">
      ${parts.map((p) => html`<li><span class="swatch ${p.tone}" aria-hidden="true"></span>${p.label}: <strong>${p.count}</strong> (${percent(p.count, total)})</li>`)}
    </ul>
  </section>`;
}

function csatCard(step: SurveyStepResult): Html {
  return html`<section class="panel score-card" aria-labelledby="csat-title">
    <h2 id="csat-title">Customer satisfaction</h2>
    <p class="score">${step.average == null ? "–" : formatNumber(step.average, 2)}<span class="score-of"> / 5</span></p>
    <p class="muted">Average of ${answers(step.answered)} to “${step.question}”</p>
  </section>`;
}

/** The end labels `<corner-survey>` shows (in English) when a scale step has none of its own. */
const END_LABELS: Record<string, [string, string]> = {
  nps: ["Not likely", "Very likely"],
  ces: ["Very difficult", "Very easy"],
  csat: ["Very dissatisfied", "Very satisfied"],
};

/** The bars of one step: scale values low to high (with the scale's end labels), or choices then Other. */
function stepBars(step: SurveyStepResult, def: SurveyStep | undefined): Bar[] {
  const dist = step.distribution ?? [];
  if (step.type === "single" || step.type === "multiple") {
    const choices = def && "choices" in def ? def.choices : [];
    return dist.map((d) => ({
      label:
        d.value === "other" ? "Other" : (choices.find((c) => c.id === d.value)?.label ?? String(d.value)),
      count: d.count,
    }));
  }
  // The definition's own end labels, else the ones the widget shows by default (in English here).
  const [lowDefault, highDefault] = END_LABELS[step.type] ?? [];
  const low = (def && "lowLabel" in def ? def.lowLabel : undefined) ?? lowDefault;
  const high = (def && "highLabel" in def ? def.highLabel : undefined) ?? highDefault;
  return dist.map((d, i) => ({
    label:
      i === 0 && low
        ? `${d.value} (${low})`
        : i === dist.length - 1 && high
          ? `${d.value} (${high})`
          : String(d.value),
    count: d.count,
    ...(step.type === "nps" && typeof d.value === "number"
      ? { tone: d.value <= 6 ? "detractor" : d.value <= 8 ? "passive" : "promoter" }
      : {}),
  }));
}

const TYPE_NAMES: Record<string, string> = {
  nps: "NPS, 0–10",
  csat: "CSAT, 1–5",
  ces: "Effort, 1–7",
  rating: "Rating",
  single: "One choice",
  multiple: "Several choices",
  text: "Free text",
};

function stepSection(step: SurveyStepResult, n: number, def: SurveyStep | undefined): Html {
  const texts = (step.texts ?? []).slice(0, 10);
  return html`<section class="panel step" aria-labelledby="step-${step.id}">
    <h3 id="step-${step.id}"><span class="step-number">${n}.</span> ${step.question}</h3>
    <p class="muted">${step.type === "rating" && def?.type === "rating" ? `Rating, 1–${def.max}` : (TYPE_NAMES[step.type] ?? step.type)} · ${answers(step.answered)}${step.average == null ? "" : html` · average ${formatNumber(step.average, 2)}`}</p>
    ${step.distribution ? barTable(`Answers to “${step.question}”`, stepBars(step, def), step.answered) : ""}
    ${
      texts.length
        ? html`<h4>${step.type === "text" ? "Latest answers" : "Latest “Other” answers"}</h4>
    <ul class="texts">
      ${texts.map((t) => html`<li><blockquote>${t.text}</blockquote><p class="muted"><time datetime="${t.at}">${formatDay(t.at, true)}</time></p></li>`)}
    </ul>`
        : step.type === "text"
          ? html`<p class="muted">No answers yet.</p>`
          : ""
    }
  </section>`;
}

/** `/staff/surveys/:id`: one survey's results. */
export function staffResultsPage(ctx: ShopContext, admin: SurveyAdmin, results: SurveyResults): Html {
  const d = admin.definition;
  const steps = results.steps.filter((s) => s.type !== "thanks");
  const nps = steps.find((s) => s.type === "nps");
  const csat = steps.find((s) => s.type === "csat");
  const week = (value: (p: SurveyResults["overTime"][number]) => number | null) =>
    results.overTime.map((p) => ({ start: p.start, value: value(p), responses: p.responses }));
  return staffLayout(
    ctx,
    results.survey.name,
    html`<div class="wrap staff">
  ${crumbs(
    [
      ["/", "Shop"],
      ["/staff/surveys", "Staff: surveys"],
    ],
    results.survey.name,
  )}
  <div class="title-row">
    <h1>${results.survey.name}</h1>
    ${status(results.survey.status)}
  </div>
  <p class="muted">${display(d)}${d.display === "inline" ? "" : ` · on ${pages(d)}`} · <code>${d.id}</code></p>
  ${staffNote}
  <p><a class="button" href="/staff/surveys/${d.id}/responses.csv" download>Download CSV</a></p>
  <section aria-labelledby="counts-title">
    <h2 id="counts-title" class="visually-hidden">Counts</h2>
    ${countsList(results.counts, true)}
  </section>
  ${
    nps || csat
      ? html`<div class="score-row">${nps ? npsCard(nps) : ""}${csat ? csatCard(csat) : ""}</div>`
      : ""
  }
  ${
    nps && results.overTime.length
      ? html`<div class="panel">${trendChart({
          id: "nps-trend",
          title: "NPS by week",
          measure: "NPS",
          min: -100,
          max: 100,
          ticks: [-100, -50, 0, 50, 100],
          zero: 0,
          points: week((p) => p.nps),
          format: signed,
        })}</div>`
      : ""
  }
  ${
    csat && results.overTime.length
      ? html`<div class="panel">${trendChart({
          id: "csat-trend",
          title: "CSAT by week",
          measure: "CSAT average",
          min: 1,
          max: 5,
          ticks: [1, 2, 3, 4, 5],
          points: week((p) => p.csat),
          format: (v) => formatNumber(v, 2),
        })}</div>`
      : ""
  }
  <h2>Answers by step</h2>
  ${steps.map((s, i) =>
    stepSection(
      s,
      i + 1,
      d.steps.find((x) => x.id === s.id),
    ),
  )}
</div>`,
  );
}

/** What went wrong talking to the API, for staff (the API's problem detail, never the token). */
export function staffErrorPage(ctx: ShopContext, title: string, detail: string): Html {
  return staffLayout(
    ctx,
    title,
    html`<div class="wrap staff">
  ${crumbs(
    [
      ["/", "Shop"],
      ["/staff/surveys", "Staff: surveys"],
    ],
    title,
  )}
  <h1>${title}</h1>
  <p>${detail}</p>
  ${staffNote}
</div>`,
  );
}
