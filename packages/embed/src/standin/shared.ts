// TEMPORARY stand-in: code shared by the widget and the runtime, like core/state will be.
export const sessionKey = (site: string): string => `corner:session:${site}`;
