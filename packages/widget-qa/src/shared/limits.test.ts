import assert from "node:assert/strict";
import { it } from "node:test";
import * as contracts from "@corner/contracts";
import * as limits from "./limits.ts";

it("allows the lengths the contracts allow", () => {
  assert.equal(limits.QUESTION_TITLE_MAX, contracts.QUESTION_TITLE_MAX);
  assert.equal(limits.QUESTION_DETAILS_MAX, contracts.QUESTION_DETAILS_MAX);
  assert.equal(limits.ANSWER_BODY_MAX, contracts.ANSWER_BODY_MAX);
});
