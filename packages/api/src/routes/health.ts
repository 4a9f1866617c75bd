import { Health } from "@corner/contracts";
import { route } from "../registry.ts";

const health = (path: string) =>
  route({
    method: "GET",
    path,
    summary: "Liveness: answers while the process serves requests",
    tag: "health",
    auth: "none",
    responses: { 200: { description: "Alive", schema: Health } },
    handler: async () => ({ status: 200, body: { status: "ok" } }),
  });

export const healthRoutes = [health("/healthz"), health("/v1/healthz")];
