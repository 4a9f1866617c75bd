import type { WriteOutcome } from "@corner/state";
import type { CornerElement } from "../corner-element.ts";

/** A post's outcome as the state stores give it, whatever the accepted value is called. */
type Outcome = { kind: "ok" } | Exclude<WriteOutcome<unknown>, { kind: "ok" }>;

/**
 * What a form shows around sending: the fields' errors, its message (fix the fields, or why sending failed),
 * whether it is sending, and what the server accepted. Client-side checks come first and focus the first
 * field to fix; a refusal from the server that names fields does the same. The host re-renders on every
 * change. Not a ReactiveController: it has nothing to do on connect or disconnect.
 * @example
 * private form = new FormController<Idea>(this, () => this.i18n.m);
 * async onSubmit(e) { e.preventDefault(); if (await this.form.check(this.validate())) await this.submit() }
 * async submit() { const out = await this.form.send(() => submitIdea(config, board));
 *   if (out.kind === "ok") this.form.accept(out.idea) }
 */
export class FormController<R> {
  /** Field → what is wrong with it (emptied as the person edits the field). */
  errors: Record<string, string> = {};
  /** Shown above the fields (role=alert). */
  message = "";
  sending = false;
  /** What the server accepted: the host shows its thanks (`.done`) in place of the form. */
  result: R | null = null;

  constructor(
    private host: CornerElement,
    private messages: () => { fixFields: string; failed: string },
  ) {}

  /** The person changed `field`: its error goes. */
  edited(field: string): void {
    if (this.errors[field]) this.setErrors({ ...this.errors, [field]: "" });
  }

  setErrors(errors: Record<string, string>): void {
    this.errors = errors;
    this.host.requestUpdate();
  }

  say(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** Shows what the client-side checks found; false (and focus on the first field to fix) when anything was. */
  async check(errors: Record<string, string>): Promise<boolean> {
    this.setErrors(errors);
    if (!Object.keys(errors).length) return true;
    this.say(this.messages().fixFields);
    await this.focusInvalid();
    return false;
  }

  /**
   * Posts, showing `sending` meanwhile, then the server's refusal (its fields' errors, or why) or a failure.
   * The outcome is returned for what is the host's own: `ok` (see `accept`) and `login-required`.
   */
  async send<O extends Outcome>(post: () => Promise<O>): Promise<O> {
    this.sending = true;
    this.say("");
    const out = await post();
    this.sending = false;
    const m = this.messages();
    if (out.kind === "invalid") {
      this.errors = out.fields;
      this.message = Object.keys(out.fields).length ? m.fixFields : out.error.detail || m.failed;
      void this.focusInvalid();
    } else if (out.kind === "failed") this.message = m.failed;
    this.host.requestUpdate();
    return out;
  }

  /** The server accepted `result`: the host shows it, and focus goes to the thanks once rendered. */
  accept(result: R): void {
    this.result = result;
    this.setErrors({});
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(".done")?.focus(),
    );
  }

  /** Moves focus, once rendered, to the thanks when sent, else to `first` (the form's first field). */
  focus(first: string, options?: FocusOptions): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`.done, ${first}`)?.focus(options),
    );
  }

  /** Focus on the first field marked invalid (or, in a group marked so, on its focusable item), once rendered. */
  private async focusInvalid(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot
      .querySelector<HTMLElement>(
        '[aria-invalid="true"]:is(input, textarea, select), [aria-invalid="true"] [tabindex="0"]',
      )
      ?.focus();
  }
}
