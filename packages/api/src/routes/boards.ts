import { Board, BoardCreate } from "@corner/contracts";
import { badRequest, HttpProblem, notFound } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { BoardRecord, CategoryRecord } from "../storage/index.ts";
import { BoardParams, SiteParams } from "./params.ts";

export const boardJson = (b: BoardRecord): Board => ({
  id: b.id,
  title: b.title,
  description: b.description,
  categories: b.categories,
  trendingHalfLifeDays: b.trendingHalfLifeDays,
  createdAt: b.createdAt,
});

/** "Shop & delivery" → `shop-delivery`. */
const slug = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63);

export const boardRoutes = [
  route({
    method: "POST",
    path: "/v1/admin/sites/{site}/boards",
    summary: "Create an ideas board; categories are {id, name} or names (ids derived from them)",
    tag: "admin",
    auth: "admin",
    params: SiteParams,
    body: BoardCreate,
    responses: {
      201: { description: "The board", schema: Board },
      409: { description: "The site has a board with this id" },
    },
    handler: async ({ db, body, site }) => {
      const categories: CategoryRecord[] = [];
      for (const [i, c] of (body.categories ?? []).entries()) {
        const cat = typeof c === "string" ? { id: slug(c), name: c } : c;
        const path = `body.categories.${i}`;
        if (!cat.id)
          throw badRequest(`${path} needs letters or digits`, [{ path, message: "needs letters or digits" }]);
        if (categories.some((x) => x.id === cat.id)) {
          throw badRequest(`${path} repeats the category id ${cat.id}`, [
            { path, message: `repeats the category id ${cat.id}` },
          ]);
        }
        categories.push(cat);
      }
      const board = await db.boards.create({
        siteId: site.id,
        id: body.id,
        title: body.title,
        description: body.description ? body.description : null,
        categories,
        trendingHalfLifeDays: body.trendingHalfLifeDays,
      });
      if (!board) throw new HttpProblem(409, "conflict", `This site already has a board ${body.id}.`);
      return { status: 201, body: boardJson(board) };
    },
  }),
  route({
    method: "GET",
    path: "/v1/sites/{site}/boards/{board}",
    summary: "An ideas board: title, description, categories",
    tag: "ideas",
    auth: "none",
    params: BoardParams,
    responses: { 200: { description: "The board", schema: Board } },
    handler: async ({ db, params, site }) => {
      const board = await db.boards.get(site.id, params.board);
      if (!board) throw notFound(`There is no board ${params.board} on this site.`);
      return { status: 200, body: boardJson(board) };
    },
  }),
];
