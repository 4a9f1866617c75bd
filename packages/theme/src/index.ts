export { controls } from "./controls.ts";
export { detailLayout } from "./detail.ts";
export { fields, formFrame, similarList } from "./fields.ts";
export { listLayout, listStates } from "./lists.ts";
export { reset } from "./reset.ts";
export { tokens } from "./tokens.ts";
