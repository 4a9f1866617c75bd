import { SurveyDefinition, type SurveyDefinitionInput } from "@corner/contracts";
import * as v from "valibot";
import type { VisitorContext } from "./eligible.ts";

export const DAY = 86_400_000;
export const NOW = Date.parse("2026-11-23T12:00:00Z");

/** An active one-question NPS survey shown to everyone, with `patch` on top, parsed like the API does. */
export const survey = (id: string, patch: Partial<SurveyDefinitionInput> = {}): SurveyDefinition =>
  v.parse(SurveyDefinition, {
    id,
    name: `Survey ${id}`,
    status: "active",
    steps: [{ id: "score", type: "nps", question: "How likely are you to recommend us?" }],
    ...patch,
  });

export const visitor = (patch: Partial<VisitorContext> = {}): VisitorContext => ({
  url: "https://shop.example/products/shoe-1",
  device: "desktop",
  signedIn: false,
  language: "de-CH",
  attributes: {},
  visitorId: "visitor-1",
  ...patch,
});
