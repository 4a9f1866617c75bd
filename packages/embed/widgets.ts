// The widgets the CDN bundle carries: chunk name → the module that registers its elements, and the tags
// the loader watches for. A new widget is one line here (plus its package).
export const widgets: Record<string, { entry: string; tags: string[] }> = {
  // One chunk per element: a page with only <corner-reviews> does not load <corner-rating>'s code.
  reviews: { entry: "packages/widget-reviews/src/reviews/reviews.ts", tags: ["corner-reviews"] },
  rating: { entry: "packages/widget-reviews/src/rating/rating.ts", tags: ["corner-rating"] },
  ideas: { entry: "packages/widget-ideas/src/ideas/ideas.ts", tags: ["corner-ideas"] },
  qa: { entry: "packages/widget-qa/src/qa/qa.ts", tags: ["corner-qa"] },
  // Inline <corner-survey>, and the launcher corner.js calls when `eligible` lists a triggered survey.
  survey: { entry: "packages/widget-survey/src/survey/survey.ts", tags: ["corner-survey"] },
  // Who is signed in; its sign-in choices load on first click.
  account: { entry: "packages/widget-account/src/account/account.ts", tags: ["corner-account"] },
};

/** The sign-in runtime (`Corner.login`/`logout`), loaded only when the page calls them. */
export const runtimeEntry = "packages/core/src/runtime.ts";
