import { Problem } from "@corner/contracts";
import { toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import type { AnyRoute } from "../registry.ts";
import { route } from "../registry.ts";

type Json = Record<string, unknown>;

const schemaOf = (s: v.GenericSchema, typeMode: "input" | "output"): Json => {
  const { $schema: _drop, ...rest } = toJsonSchema(s, {
    errorMode: "ignore",
    typeMode,
    target: "draft-2020-12",
  });
  return rest as Json;
};

function parameters(r: AnyRoute): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [
    ["path", r.params],
    ["query", r.query],
  ] as const) {
    if (!schema) continue;
    const obj = schemaOf(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, s] of Object.entries(obj.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === "path" || (obj.required ?? []).includes(name),
        schema: s,
      });
    }
  }
  return out;
}

/** OpenAPI 3.1 built from the same route registry and valibot schemas the validator uses. */
export function buildOpenApi(routes: AnyRoute[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const responses: Record<string, Json> = {};
    for (const [status, res] of Object.entries(r.responses)) {
      responses[status] = {
        description: res.description,
        ...(res.schema
          ? { content: { "application/json": { schema: schemaOf(res.schema, "output") } } }
          : {}),
      };
    }
    responses.default = {
      description: "Any error, as RFC 9457 problem details",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
    const op: Json = {
      operationId: `${r.method.toLowerCase()} ${r.path}`,
      summary: r.summary,
      tags: [r.tag],
      parameters: [
        ...parameters(r),
        ...(r.idempotent
          ? [
              {
                name: "Idempotency-Key",
                in: "header",
                required: false,
                schema: { type: "string", maxLength: 255 },
              },
            ]
          : []),
      ],
      responses,
    };
    if (r.body)
      op.requestBody = {
        required: true,
        content: { "application/json": { schema: schemaOf(r.body, "input") } },
      };
    if (r.auth === "session" || r.auth === "admin") op.security = [{ [r.auth]: [] }];
    if (r.auth === "optional") op.security = [{}, { session: [] }];
    if (r.auth === "staff") op.security = [{ admin: [] }, { session: [] }];
    paths[r.path] ??= {};
    paths[r.path]![r.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Corner API",
      version: "0.1.0",
      description: "Community widgets: ratings and reviews, ideas boards, questions and answers.",
    },
    paths,
    components: {
      schemas: { Problem: schemaOf(Problem, "output") },
      securitySchemes: {
        session: {
          type: "http",
          scheme: "bearer",
          description: "Session token from POST /v1/sites/{site}/session",
        },
        admin: { type: "http", scheme: "bearer", description: "CORNER_ADMIN_TOKEN" },
      },
    },
  };
}

/** The document route; it lists itself too, so the registry passed in must include it. */
export function openApiRoute(all: () => AnyRoute[]): AnyRoute {
  let doc: string | undefined;
  return route({
    method: "GET",
    path: "/v1/openapi.json",
    summary: "This document",
    tag: "meta",
    auth: "none",
    responses: { 200: { description: "OpenAPI 3.1" } },
    handler: async ({ c }) => {
      doc ??= JSON.stringify(buildOpenApi(all()));
      return c.body(doc, 200, { "content-type": "application/json", "cache-control": "public, max-age=300" });
    },
  });
}
