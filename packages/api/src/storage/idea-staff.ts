import type { Driver } from "./driver.ts";
import { recomputeTrending } from "./idea-votes.ts";
import { type IdeaRecord, type IdeaStatus, ideasStore } from "./ideas.ts";
import { uuidv7 } from "./ids.ts";

export type StatusOutcome =
  | { ok: true; idea: IdeaRecord; notified: number }
  | {
      ok: false;
      reason:
        | "notFound"
        | "alreadyMerged"
        | "targetNotFound"
        | "targetSelf"
        | "targetOtherBoard"
        | "targetMerged";
    };

type Row = {
  id: string;
  board_id: string;
  merged_into: string | null;
  status: IdeaStatus;
  votes: number;
  trending: number;
  created_at: Date;
  hl: number;
};

/**
 * Staff status changes. Everything one change does (status, official response, a merge's votes and
 * followers, a notification per follower) commits together or not at all.
 */
export function ideaStaffStore(db: Driver) {
  return {
    setStatus(input: {
      siteId: string;
      ideaId: string;
      status: IdeaStatus;
      response?: string | undefined;
      mergedInto?: string | undefined;
      /** Who acts: a staff person (not notified of their own change), or the site for the admin token. */
      actor: { personId: string | null; name: string };
      at?: Date;
    }): Promise<StatusOutcome> {
      return db.transaction(async (tx): Promise<StatusOutcome> => {
        const { siteId, ideaId } = input;
        const at = (input.at ?? new Date()).toISOString();
        const ids = input.mergedInto ? [ideaId, input.mergedInto] : [ideaId];
        // Locked in id order, so two merges of the same pair in opposite directions cannot deadlock.
        const rows = await tx.query<Row>(
          `SELECT i.id, i.board_id, i.merged_into, i.status, i.votes, i.trending, i.created_at,
             b.trending_half_life_days AS hl
           FROM ideas i JOIN boards b ON b.site_id = i.site_id AND b.id = i.board_id
           WHERE i.site_id = $1 AND i.id = ANY($2::uuid[]) AND i.moderation <> 'rejected'
           ORDER BY i.id FOR UPDATE OF i`,
          [siteId, ids],
        );
        const source = rows.find((r) => r.id === ideaId);
        if (!source) return { ok: false, reason: "notFound" };
        if (source.status === "merged") return { ok: false, reason: "alreadyMerged" };
        if (input.mergedInto) {
          if (input.mergedInto === ideaId) return { ok: false, reason: "targetSelf" };
          const target = rows.find((r) => r.id === input.mergedInto);
          if (!target) return { ok: false, reason: "targetNotFound" };
          if (target.board_id !== source.board_id) return { ok: false, reason: "targetOtherBoard" };
          if (target.status === "merged") return { ok: false, reason: "targetMerged" };
          // Votes move over; someone who voted on both is counted once (the primary key says so).
          const moved = await tx.query(
            `INSERT INTO idea_votes (site_id, idea_id, person_id, created_at)
             SELECT site_id, $3::uuid, person_id, created_at FROM idea_votes WHERE site_id = $1 AND idea_id = $2::uuid
             ON CONFLICT DO NOTHING RETURNING person_id`,
            [siteId, ideaId, target.id],
          );
          if (moved.length > 0) {
            await tx.query("UPDATE ideas SET votes = votes + $3 WHERE site_id = $1 AND id = $2::uuid", [
              siteId,
              target.id,
              moved.length,
            ]);
            await recomputeTrending(tx, siteId, {
              id: target.id,
              created_at: target.created_at,
              hl: Number(target.hl),
            });
          }
          await tx.query(
            `INSERT INTO idea_followers (site_id, idea_id, person_id, created_at)
             SELECT site_id, $3::uuid, person_id, created_at FROM idea_followers WHERE site_id = $1 AND idea_id = $2::uuid
             ON CONFLICT DO NOTHING`,
            [siteId, ideaId, target.id],
          );
          // Ideas merged into this one earlier now point at the target too: a merge is always one hop.
          await tx.query(
            "UPDATE ideas SET merged_into = $3::uuid WHERE site_id = $1 AND merged_into = $2::uuid",
            [siteId, ideaId, target.id],
          );
        }
        const withResponse = input.response !== undefined;
        await tx.query(
          `UPDATE ideas SET status = $3, merged_into = $4::uuid, updated_at = $5::timestamptz
             ${withResponse ? ", response_body = $6, response_person_id = $7::uuid, response_name = $8, response_at = $5::timestamptz" : ""}
           WHERE site_id = $1 AND id = $2::uuid`,
          [
            siteId,
            ideaId,
            input.status,
            input.mergedInto ?? null,
            at,
            ...(withResponse ? [input.response, input.actor.personId, input.actor.name] : []),
          ],
        );
        // One notification per follower of the idea, except the staff person who made the change.
        const followers = await tx.query<{ person_id: string }>(
          `SELECT person_id FROM idea_followers WHERE site_id = $1 AND idea_id = $2::uuid
             AND person_id IS DISTINCT FROM $3::uuid ORDER BY person_id`,
          [siteId, ideaId, input.actor.personId],
        );
        if (followers.length > 0) {
          await tx.query(
            `INSERT INTO notifications (id, site_id, person_id, kind, idea_id, status, response, created_at)
             SELECT n.id, $1, n.person, 'status', $2::uuid, $3, $4, $5::timestamptz
             FROM unnest($6::uuid[], $7::uuid[]) AS n (id, person)`,
            [
              siteId,
              ideaId,
              input.status,
              input.response ?? null,
              at,
              followers.map(() => uuidv7()),
              followers.map((f) => f.person_id),
            ],
          );
        }
        const idea = await ideasStore(tx).get(siteId, ideaId);
        return { ok: true, idea: idea!, notified: followers.length };
      });
    },
  };
}
