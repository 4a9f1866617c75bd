export { controls } from "./controls.ts";
export { detailLayout } from "./detail.ts";
export { fields } from "./fields.ts";
export { listStates } from "./lists.ts";
export { reset } from "./reset.ts";
export { tokens } from "./tokens.ts";
