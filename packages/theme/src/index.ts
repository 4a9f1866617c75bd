export { controls } from "./controls.ts";
export { fields } from "./fields.ts";
export { reset } from "./reset.ts";
export { tokens } from "./tokens.ts";
