/**
 * Dispatches a `corner-*` event that bubbles out of shadow roots, typed by the element's event map.
 * @example
 * emit(this, "corner-review-helpful", { id, helpful: 4, helpfulByMe: true });
 */
export function emit<M, K extends keyof M & string>(target: EventTarget, name: K, detail: M[K]): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}
