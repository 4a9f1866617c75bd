export { controls, fields } from "./controls.ts";
export { reset } from "./reset.ts";
export { tokens } from "./tokens.ts";
