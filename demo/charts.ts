// Server-rendered SVG charts for the staff results page. Only SVG presentation attributes (x, y, width,
// r…) and classes from demo.css: the pages' Content-Security-Policy allows no style attribute. Every chart
// says its numbers in text too (a data table or the row's own label), for screen readers and for copying.
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Dates on the x axis and in the tables: periods are UTC, so are their labels ("3 Mar 2025"). */
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const dayYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
export const formatDay = (iso: string, withYear = false): string =>
  (withYear ? dayYear : day).format(new Date(iso));

/** 1 decimal at most, and a real minus sign ("−12", "4.3"). */
export const formatNumber = (n: number, digits = 1): string =>
  new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(n).replace("-", "−");

/** A share as a whole percentage; "0%" for an empty whole. */
export const percent = (part: number, whole: number): string =>
  whole > 0 ? `${Math.round((part / whole) * 100)}%` : "0%";

export interface TrendPoint {
  start: string;
  value: number | null;
  responses: number;
}

export interface TrendChart {
  /** Prefix of the element ids (heading, description) the chart is labelled by. */
  id: string;
  title: string;
  /** What a value is, for the description and the table header ("NPS", "CSAT average"). */
  measure: string;
  min: number;
  max: number;
  ticks: readonly number[];
  /** A line drawn across the chart at this value (NPS: 0). */
  zero?: number;
  points: readonly TrendPoint[];
  /** How a value is written ("+32" for NPS). */
  format(value: number): string;
}

/** Height of the plot area in px; the chart's padding (demo.css `.trend svg`) holds the axis labels. */
const PLOT_HEIGHT = 180;
/** Room at the left and right edge of the plot for the first and last point, in % of its width. */
const EDGE = 5;

/**
 * A line chart of a measure over time (one point per period with answers, placed by date so a gap of
 * weeks shows as one), with a horizontal grid, y labels, date labels and a zero line. x positions are
 * percentages, so the chart takes the width it is given without scaling its text.
 */
export function trendChart(chart: TrendChart): Html {
  const known = chart.points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const y = (v: number) => ((chart.max - v) / (chart.max - chart.min)) * PLOT_HEIGHT;
  const times = chart.points.map((p) => Date.parse(p.start));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (iso: string) =>
    t1 === t0 ? 50 : EDGE + ((Date.parse(iso) - t0) / (t1 - t0)) * (100 - 2 * EDGE);
  // A value's label sits above its point, or below it under the zero line, clear of that line.
  const labelY = (v: number) => (chart.zero !== undefined && v < chart.zero ? y(v) + 20 : y(v) - 10);
  // At most six date labels; on a phone only every other one (demo.css hides `.minor`).
  const every = Math.max(1, Math.ceil(chart.points.length / 6));
  const labelled = chart.points.filter((_, i) => i % every === 0);
  const first = known[0];
  const last = known.at(-1);
  const description =
    first && last
      ? `${chart.measure} ${known.length === 1 ? `was ${chart.format(first.value)} in the week of ${formatDay(first.start, true)}` : `went from ${chart.format(first.value)} in the week of ${formatDay(first.start, true)} to ${chart.format(last.value)} in the week of ${formatDay(last.start, true)}`}, on a scale from ${chart.format(chart.min)} to ${chart.format(chart.max)}.`
      : `No ${chart.measure} answers yet.`;
  return html`<figure class="trend">
  <h3 id="${chart.id}-title">${chart.title}</h3>
  <p id="${chart.id}-desc" class="muted">${description}</p>
  ${
    known.length === 0
      ? ""
      : html`<svg role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" width="100%" height="${PLOT_HEIGHT}">
    ${chart.ticks.map(
      (t) =>
        html`<line class="grid" x1="0" x2="100%" y1="${y(t)}" y2="${y(t)}"></line><text class="tick" x="-8" y="${y(t)}" text-anchor="end" dominant-baseline="middle">${chart.format(t)}</text>`,
    )}
    ${chart.zero === undefined ? "" : html`<line class="zero" x1="0" x2="100%" y1="${y(chart.zero)}" y2="${y(chart.zero)}"></line>`}
    ${labelled.map(
      (p, i) =>
        html`<text class="tick${i % 2 ? " minor" : ""}" x="${x(p.start)}%" y="${PLOT_HEIGHT + 20}" text-anchor="middle">${formatDay(p.start)}</text>`,
    )}
    ${known.slice(1).map((p, i) => {
      const prev = known[i] as (typeof known)[number];
      return html`<line class="line" x1="${x(prev.start)}%" y1="${y(prev.value)}" x2="${x(p.start)}%" y2="${y(p.value)}"></line>`;
    })}
    ${known.map(
      (p) =>
        html`<circle class="dot" cx="${x(p.start)}%" cy="${y(p.value)}" r="4"></circle>${known.length <= 12 ? html`<text class="value${known.length > 6 ? " minor" : ""}" x="${x(p.start)}%" y="${labelY(p.value)}" text-anchor="middle">${chart.format(p.value)}</text>` : ""}`,
    )}
  </svg>`
  }
  <details>
    <summary>The numbers</summary>
    <table>
      <thead><tr><th scope="col">Week of</th><th scope="col">Responses</th><th scope="col">${chart.measure}</th></tr></thead>
      <tbody>
        ${chart.points.map(
          (p) =>
            html`<tr><th scope="row">${formatDay(p.start, true)}</th><td>${p.responses}</td><td>${p.value === null ? "–" : chart.format(p.value)}</td></tr>`,
        )}
      </tbody>
    </table>
  </details>
</figure>`;
}

export interface Bar {
  label: string;
  count: number;
  /** A class for the bar's colour (NPS: detractor, passive, promoter). */
  tone?: string;
}

/**
 * Horizontal bars, one table row each: the label, the bar (scaled to the largest count, so small
 * differences show), and the count with its share of `total`. The bars are decoration; the row says it all.
 */
export function barTable(caption: string, bars: readonly Bar[], total: number): Html {
  const most = Math.max(1, ...bars.map((b) => b.count));
  return html`<table class="bars">
  <caption class="visually-hidden">${caption}</caption>
  <thead class="visually-hidden"><tr><th scope="col">Answer</th><th scope="col">Share</th><th scope="col">Count</th></tr></thead>
  <tbody>
    ${bars.map(
      (b) => html`<tr>
      <th scope="row">${b.label}</th>
      <td class="bar-cell"><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" width="100" height="10"></rect><rect class="bar-fill ${b.tone ?? ""}" width="${(b.count / most) * 100}" height="10"></rect></svg></td>
      <td class="bar-count">${b.count} <span class="muted">(${percent(b.count, total)})</span></td>
    </tr>`,
    )}
  </tbody>
</table>`;
}

/** One bar split into parts (NPS: detractors, passives, promoters), as shares of their sum. */
export function stackedBar(parts: readonly { count: number; tone: string }[]): Html {
  const sum = parts.reduce((s, p) => s + p.count, 0);
  let at = 0;
  return html`<svg class="stack" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="bar-track" width="100" height="10"></rect>
    ${parts.map((p) => {
      const width = sum > 0 ? (p.count / sum) * 100 : 0;
      const rect = html`<rect class="bar-fill ${p.tone}" x="${at}" width="${width}" height="10"></rect>`;
      at += width;
      return rect;
    })}
  </svg>`;
}
