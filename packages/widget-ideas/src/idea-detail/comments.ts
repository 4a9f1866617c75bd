import type { CommentThread, IdeaComment } from "@corner/contracts";
import { COMMENT_BODY_MAX } from "@corner/contracts/limits";
import type { CornerElement, Fmt, I18nController, SignInController } from "@corner/core";
import { commentDraft, type IdeaDetailState, type IdeaDetailStore } from "@corner/state";
import { html, nothing, type ReactiveController, type TemplateResult } from "lit";
import type { IdeaDetailMessages } from "./i18n/en.ts";

/** The counter shows once a comment gets this close to the limit. */
const COUNTER_FROM = COMMENT_BODY_MAX - 500;
/** A form's key: "comment" for a new thread, else the id of the comment replied to. */
const formKey = (parentId: string | null) => parentId ?? "comment";
const fieldId = (parentId: string | null) => (parentId ? "reply-body" : "comment-body");

/** A relative time ("3 days ago") with the calendar date as its tooltip. */
export const when = (fmt: Fmt, iso: string): TemplateResult =>
  html`<time datetime=${iso} title=${fmt.date(iso)}>${fmt.relative(iso)}</time>`;

export interface CommentsOptions {
  store: () => IdeaDetailStore | null;
  i18n: I18nController<IdeaDetailMessages>;
  signIn: SignInController;
  /** A comment or reply was saved. */
  posted: (comment: IdeaComment) => void;
}

/**
 * The comments of an idea's detail: threads with their replies, "Reply" forms, "load more" and the comment
 * form. Each form edits its persisted draft; posting while signed out (or with an expired session) shows
 * the sign-in panel and sends the comment once someone is signed in.
 */
export class CommentsController implements ReactiveController {
  /** The top-level comment whose reply form is open. */
  private replyTo: string | null = null;
  /** The key of the form being sent. */
  private sending: string | null = null;
  /** Error per form key. */
  private errors: Record<string, string> = {};
  /** The form whose comment waits for a sign-in, and whether a session expired on the way. */
  private signingIn: { key: string; expired: boolean } | null = null;

  constructor(
    private host: CornerElement & { idea: string | undefined; headingLevel: number },
    private o: CommentsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets the forms' state (another idea is shown); the drafts stay. */
  reset(): void {
    this.replyTo = this.sending = this.signingIn = null;
    this.errors = {};
  }

  private patch(p: {
    replyTo?: string | null;
    sending?: string | null;
    errors?: Record<string, string>;
    signingIn?: { key: string; expired: boolean } | null;
  }) {
    Object.assign(this, p);
    this.host.requestUpdate();
  }

  private $<E extends HTMLElement>(selector: string) {
    return this.host.renderRoot.querySelector<E>(selector);
  }

  private draftOf(parentId: string | null) {
    const config = this.host.config;
    const idea = this.host.idea;
    return config && idea ? commentDraft(config.site, idea, parentId) : null;
  }

  private setError(key: string, message: string) {
    this.patch({ errors: { ...this.errors, [key]: message } });
  }

  private onInput(parentId: string | null, value: string) {
    this.draftOf(parentId)?.set("body", value);
    this.setError(formKey(parentId), "");
  }

  private async onSubmit(e: SubmitEvent, parentId: string | null) {
    e.preventDefault();
    const { m, fmt } = this.o.i18n;
    const body = this.draftOf(parentId)?.$draft.get().body.trim() ?? "";
    const error = !body
      ? m.bodyRequired
      : [...body].length > COMMENT_BODY_MAX
        ? m.bodyTooLong(fmt, COMMENT_BODY_MAX)
        : "";
    this.setError(formKey(parentId), error);
    if (!error) return this.send(parentId);
    await this.host.updateComplete;
    this.$(`#${fieldId(parentId)}`)?.focus();
  }

  private async send(parentId: string | null) {
    const store = this.o.store();
    if (!store || this.sending) return;
    const key = formKey(parentId);
    const hadSession = !!this.o.signIn.session;
    this.patch({ sending: key });
    const out = await store.addComment(parentId);
    this.patch({ sending: null });
    if (out.kind === "ok") {
      this.o.posted(out.value);
      if (out.value.parentId) void this.toggleReply(out.value.parentId);
    } else if (out.kind === "login-required") {
      // Signed out, or the session expired: the text stays in the draft and is sent after sign-in.
      this.patch({ signingIn: { key, expired: hadSession } });
      this.o.signIn.afterSignIn(() => {
        this.patch({ signingIn: null });
        void this.send(parentId);
      });
      await this.host.updateComplete;
      this.$("[part=sign-in] input, [part=sign-in] button")?.focus();
    } else {
      const { m } = this.o.i18n;
      this.setError(key, out.kind === "invalid" ? out.fields.body || out.error.detail || m.failed : m.failed);
    }
  }

  /** Opens or closes the reply form of a comment; focus goes to its field, or back to its Reply button. */
  private async toggleReply(id: string) {
    this.patch({ replyTo: this.replyTo === id ? null : id });
    await this.host.updateComplete;
    this.$(this.replyTo ? `#${fieldId(id)}` : `[data-reply="${id}"]`)?.focus();
  }

  render(s: IdeaDetailState): TemplateResult {
    const { m, fmt } = this.o.i18n;
    return html`<section part="comments" class="comments" aria-labelledby="comments-heading">
      <h4 id="comments-heading" aria-level=${this.host.headingLevel + 1}>${m.comments(fmt, s.idea?.commentCount ?? 0)}</h4>
      ${
        s.threads.length
          ? html`<ol class="threads">${s.threads.map((t) => this.thread(t))}</ol>`
          : html`<p class="muted">${m.noComments}</p>`
      }
      ${
        s.next
          ? html`${s.more === "error" ? html`<p class="error-text">${m.loadMoreFailed}</p>` : nothing}
            <button part="load-more" class="btn load-more" ?disabled=${s.more === "loading"}
              @click=${() => this.o.store()?.loadMore()}>${m.loadMore}</button>`
          : nothing
      }
      ${this.form(null)}
    </section>`;
  }

  private thread(t: CommentThread): TemplateResult {
    const { m } = this.o.i18n;
    const open = this.replyTo === t.id;
    return html`<li class="thread">
      ${this.comment(t)}
      <button part="reply-button" class="btn btn-link reply" data-reply=${t.id}
        aria-label=${m.replyTo(t.author.name)} aria-expanded=${open ? "true" : "false"}
        @click=${() => this.toggleReply(t.id)}>${m.reply}</button>
      ${t.replies.length ? html`<ol class="replies">${t.replies.map((r) => html`<li>${this.comment(r)}</li>`)}</ol>` : nothing}
      ${open ? this.form(t.id) : nothing}
    </li>`;
  }

  private comment(c: IdeaComment): TemplateResult {
    return html`<div part="comment" class="comment">
      <p class="meta"><span class="author">${c.author.name}</span> · ${when(this.o.i18n.fmt, c.createdAt)}
        ${c.status === "pending" ? html`<span class="badge">${this.o.i18n.m.awaitingModeration}</span>` : nothing}</p>
      <p class="text">${c.body}</p>
    </div>`;
  }

  private form(parentId: string | null): TemplateResult {
    const { m, fmt } = this.o.i18n;
    const key = formKey(parentId);
    const id = fieldId(parentId);
    const body = this.draftOf(parentId)?.$draft.get().body ?? "";
    const count = [...body].length;
    const error = this.errors[key];
    const waiting = this.signingIn?.key === key ? this.signingIn : null;
    const session = this.o.signIn.session;
    return html`<form part="comment-form" class=${parentId ? "comment-form reply-form" : "comment-form"} novalidate
        @submit=${(e: SubmitEvent) => this.onSubmit(e, parentId)}>
        <div class="field">
          <label for=${id}>${parentId ? m.yourReply : m.yourComment}</label>
          <textarea id=${id} rows=${parentId ? 2 : 3} .value=${body}
            aria-invalid=${error ? "true" : "false"} aria-describedby=${error ? `${id}-error` : nothing}
            @input=${(e: Event) => this.onInput(parentId, (e.target as HTMLTextAreaElement).value)}></textarea>
          ${
            count >= COUNTER_FROM
              ? html`<span class=${count > COMMENT_BODY_MAX ? "counter over" : "counter"}
                  aria-label=${m.countLabel(fmt, count, COMMENT_BODY_MAX)}>${m.count(fmt, count, COMMENT_BODY_MAX)}</span>`
              : nothing
          }
          ${error ? html`<p class="error-text" id=${`${id}-error`}>${error}</p>` : nothing}
        </div>
        <div class="row">
          <button part="submit-button" class="btn btn-primary" type="submit" ?disabled=${this.sending === key}>
            ${this.sending === key ? m.posting : parentId ? m.postReply : m.post}
          </button>
          ${
            parentId
              ? html`<button class="btn btn-link" type="button" @click=${() => this.toggleReply(parentId)}>${m.cancel}</button>`
              : nothing
          }
          ${session ? html`<span class="muted">${m.postingAs(session.user.name)}</span>` : nothing}
        </div>
      </form>
      ${
        waiting && !session
          ? this.o.signIn.render(
              waiting.expired ? m.expired : m.signInToComment,
              parentId ? { id: "reply" } : {},
            )
          : nothing
      }`;
  }
}
