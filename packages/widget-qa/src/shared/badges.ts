import type { Badge, QaAuthor } from "@corner/contracts";
import { html, nothing, type TemplateResult } from "lit";

/** The words of the badges, in each element's catalogue. */
export interface BadgeMessages {
  badge: Record<Badge, string>;
}

/**
 * The author's badges as small pills ("Staff", "Verified owner", "Top contributor"), text only, each with
 * `part="badge"` and a `badge-<kind>` class; nothing when the author has none.
 */
export function badges(author: QaAuthor, m: BadgeMessages): TemplateResult | typeof nothing {
  if (!author.badges.length) return nothing;
  return html`<span class="badges">${author.badges.map(
    (b) => html`<span part="badge" class=${`badge badge-${b}`}>${m.badge[b]}</span>`,
  )}</span>`;
}
