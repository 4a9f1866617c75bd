import type { SessionUser } from "../middleware/auth/index.ts";
import type { SiteRecord } from "../storage/index.ts";

/**
 * Whether what `user` writes on `site` (a review, idea, comment, question or answer) starts as `pending`:
 * under site-wide premoderation, or when the site holds guests' content for approval and a guest wrote it.
 */
export const startsPending = (site: SiteRecord, user: SessionUser): boolean =>
  site.premoderation || (site.guestPremoderation && user.kind === "guest");
