import type { ReactiveController } from "lit";
import type { CornerElement } from "../corner-element.ts";

export interface InPlaceOptions {
  /** The detail's tag (`corner-idea-detail`), loaded by `loadDetail` on first use. */
  detail: string;
  loadDetail: () => Promise<unknown>;
  /** The form's tag (`corner-idea-form`), loaded by `loadForm` on first use. */
  form: string;
  loadForm: () => Promise<unknown>;
  /** The `part` of the list's links to an item (each with `data-id`): focus goes back there. */
  link: string;
  /** The page address that opens an item (`#idea-<id>`), its id captured. */
  hash: RegExp;
  /**
   * Follow the address while connected (a link elsewhere on the page opens the item) and clear it on
   * Back; otherwise it is read once, when the element connects.
   */
  followHash: boolean;
  /** Whether opening a detail hides the form (otherwise the form stays above it). */
  closesForm: boolean;
  /** Whether the address may open an item now (a compact board shows no detail of its own). */
  acceptsHash?: () => boolean;
  /** Says that a chunk is loading (`detail`, `form`) or no longer (`null`), in the host's status line. */
  loading: (what: "detail" | "form" | null) => void;
  /** Where focus goes back when the detail closes (default: the item's link in the list, or the heading). */
  back?: (id: string | null) => HTMLElement | null | undefined;
}

/**
 * The list side of a widget with a detail and a form shown in place (the ideas board, the Q&A list):
 * `opened` (the item whose detail replaces the list) and `writing` (the form is shown), each loaded on
 * first use with a status message, focus moved into what opens and back to where it came from, a plain
 * click on an item's link or a `#<item>-<id>` address opening the item here. The host re-renders on changes.
 * @example
 * private view = new InPlaceController(this, { detail: "corner-idea-detail", form: "corner-idea-form", … });
 * render() { return this.view.opened ? this.detailOf(this.view.opened) : this.list() }
 */
export class InPlaceController implements ReactiveController {
  /** The id of the item whose detail is shown, or null. */
  opened: string | null = null;
  /** Whether the form is shown. */
  writing = false;

  constructor(
    private host: CornerElement,
    private options: InPlaceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.followHash) addEventListener("hashchange", this.onHash);
    // After the first update binds the host's store (which may reset what is shown).
    void this.host.updateComplete.then(this.onHash);
  }

  hostDisconnected(): void {
    removeEventListener("hashchange", this.onHash);
  }

  /** Shows or hides, with a re-render. */
  set(p: { opened?: string | null; writing?: boolean }): void {
    Object.assign(this, p);
    this.host.requestUpdate();
  }

  private onHash = () => {
    const linked = this.options.hash.exec(location.hash)?.[1];
    if (linked && linked !== this.opened && (this.options.acceptsHash?.() ?? true))
      void this.openDetail(linked);
  };

  /** Loads what will be shown, saying so meanwhile; false (and a warning) if the chunk failed. */
  private async load(what: "detail" | "form"): Promise<boolean> {
    const { loading, loadDetail, loadForm } = this.options;
    loading(what);
    try {
      await (what === "detail" ? loadDetail() : loadForm());
      return true;
    } catch (e) {
      console.warn("[corner]", e);
      return false;
    } finally {
      loading(null);
    }
  }

  private async focus(selector: string) {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Shows an item's detail, moving focus to it. */
  async openDetail(id: string): Promise<void> {
    if (!(await this.load("detail"))) return;
    this.set(this.options.closesForm ? { opened: id, writing: false } : { opened: id });
    await this.focus(this.options.detail);
  }

  /** Back from an item: focus on its link in the list (or what `back` says). */
  async closeDetail(): Promise<void> {
    const id = this.opened;
    this.set({ opened: null });
    if (this.options.followHash && this.options.hash.test(location.hash))
      history.replaceState(history.state, "", location.pathname + location.search);
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const back =
      this.options.back?.(id) ??
      (id
        ? root.querySelector<HTMLElement>(`[part=${this.options.link}][data-id="${CSS.escape(id)}"]`)
        : null) ??
      root.querySelector<HTMLElement>("#heading");
    back?.focus();
  }

  /** An item's link: a plain click opens it here; others (new tab, window) are left to the browser. */
  onLink(e: MouseEvent, id: string): void {
    if (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void this.openDetail(id);
  }

  /** Shows the form, moving focus into it; `shown` runs once it is rendered (e.g. to open a dialog). */
  async openForm(shown?: () => void): Promise<void> {
    if (!(await this.load("form"))) return;
    this.set({ writing: true });
    await this.host.updateComplete;
    shown?.();
    await this.focus(this.options.form);
  }
}
