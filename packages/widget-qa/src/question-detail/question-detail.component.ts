import { CornerElement } from "@corner/core";
import { reset, tokens } from "@corner/theme";
import { html } from "lit";

/**
 * @summary One question of a Q&A section with its answers. Shown by `<corner-qa>` when a question is
 * opened (loaded on first use).
 */
export class CornerQuestionDetail extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    question: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: "heading-level" },
  };
  static override styles = [tokens, reset];

  /** The id of the question to show. */
  declare question: string | undefined;
  /** The level of the question's heading (default 3). */
  declare headingLevel: number;

  constructor() {
    super();
    this.headingLevel = 3;
  }

  protected override render() {
    return html`<div part="base" aria-busy="true"></div>`;
  }
}
