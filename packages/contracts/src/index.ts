export * from "./admin.ts";
export * from "./common.ts";
export * from "./ideas.ts";
export * from "./problem.ts";
export * from "./qa.ts";
export * from "./reviews.ts";
export * from "./session.ts";
export * from "./sites.ts";
