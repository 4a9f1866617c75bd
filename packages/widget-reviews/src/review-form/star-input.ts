import { html, type TemplateResult } from "lit";
import { starIcon } from "../shared/stars.ts";

export interface StarInputOptions {
  value: number;
  label: string;
  optionLabel: (n: number) => string;
  invalid: boolean;
  describedBy: string;
  onChange: (n: number) => void;
}

const KEYS: Record<string, (v: number) => number> = {
  ArrowRight: (v) => (v >= 5 ? 1 : v + 1),
  ArrowUp: (v) => (v >= 5 ? 1 : v + 1),
  ArrowLeft: (v) => (v <= 1 ? 5 : v - 1),
  ArrowDown: (v) => (v <= 1 ? 5 : v - 1),
  Home: () => 1,
  End: () => 5,
};

/**
 * A 1–5 star picker with radio-group semantics: one tab stop (roving tabindex), arrow keys move and select,
 * Space/Enter or a click select, as with native radio buttons.
 */
export function starInput(o: StarInputOptions): TemplateResult {
  const onKeydown = (e: KeyboardEvent) => {
    const radio = (e.target as HTMLElement).closest<HTMLElement>("[role=radio]");
    if (!radio) return;
    const current = Number(radio.dataset.value);
    if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      o.onChange(current);
      return;
    }
    const move = KEYS[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move(current);
    o.onChange(next);
    const group = e.currentTarget as HTMLElement;
    // Focus follows selection, after Lit has moved the tab stop.
    queueMicrotask(() => group.querySelector<HTMLElement>(`[data-value="${next}"]`)?.focus());
  };
  const stop = o.value || 1;
  return html`<div
    part="star-input"
    class="star-input"
    role="radiogroup"
    aria-label=${o.label}
    aria-invalid=${o.invalid ? "true" : "false"}
    aria-describedby=${o.describedBy}
    @keydown=${onKeydown}
  >
    ${[1, 2, 3, 4, 5].map(
      (n) => html`<span
        role="radio"
        class="star-option"
        data-value=${n}
        aria-checked=${n === o.value ? "true" : "false"}
        aria-label=${o.optionLabel(n)}
        tabindex=${n === stop ? "0" : "-1"}
        @click=${() => o.onChange(n)}
        >${starIcon(n <= o.value ? "full" : "empty")}</span
      >`,
    )}
  </div>`;
}
