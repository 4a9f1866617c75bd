interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}
interface Axe {
  run(context: Element | Document, options?: object): Promise<AxeResults>;
}

let loading: Promise<Axe> | null = null;

/** Loads axe-core from the test server (`/node_modules/axe-core/axe.min.js`) once per page. */
function loadAxe(): Promise<Axe> {
  loading ??= new Promise<Axe>((resolve, reject) => {
    const existing = (globalThis as { axe?: Axe }).axe;
    if (existing) return resolve(existing);
    const script = document.createElement("script");
    script.src = "/node_modules/axe-core/axe.min.js";
    script.onload = () => resolve((globalThis as unknown as { axe: Axe }).axe);
    script.onerror = () => reject(new Error("could not load axe-core"));
    document.head.append(script);
  });
  return loading;
}

/**
 * Runs axe-core on an element, shadow roots included, and throws listing every violation.
 * @example
 * await expectNoAxeViolations(document.querySelector("corner-reviews")!);
 */
export async function expectNoAxeViolations(root: Element): Promise<void> {
  const axe = await loadAxe();
  const results = await axe.run(root, { resultTypes: ["violations"] });
  if (results.violations.length) {
    const lines = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join("\n")}`,
    );
    throw new Error(`axe found ${results.violations.length} violation(s):\n${lines.join("\n")}`);
  }
}
