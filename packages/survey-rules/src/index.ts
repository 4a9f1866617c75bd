export * from "./eligible.ts";
export * from "./local-history.ts";
export * from "./next-step.ts";
export * from "./sampling.ts";
export * from "./url.ts";
