// nanostores reads process.env.NODE_ENV; bundles define it, the unbundled test page needs a stand-in.
const g = globalThis as { process?: { env: Record<string, string> } };
g.process ??= { env: { NODE_ENV: "development" } };
