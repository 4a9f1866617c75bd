// TEMPORARY stand-in for packages/widget-reviews/src/define.ts until the widgets land.
import { sessionKey } from "./shared.ts";

class StandinReviews extends HTMLElement {
  connectedCallback(): void {
    const root = this.attachShadow({ mode: "open" });
    const p = document.createElement("p");
    root.append(p);
    const cfg = (window as unknown as { Corner?: { config: { api: string; site: string } } }).Corner?.config;
    fetch(`${cfg?.api}/v1/sites/${cfg?.site}/subjects/${this.getAttribute("subject")}/reviews`)
      .then((r) => r.json())
      .then((d: { summary: { count: number } }) => {
        p.textContent = `${d.summary.count} reviews ${sessionKey(cfg?.site ?? "")}`;
      })
      .catch(() => {
        p.textContent = "error";
      });
    const b = document.createElement("button");
    b.textContent = "Write a review";
    b.onclick = () => import("./form.ts");
    root.append(b);
  }
}
customElements.define("corner-reviews", StandinReviews);
