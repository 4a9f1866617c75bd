// The shared configuration: scripts/cem.config.mjs.
export { default } from "../../scripts/cem.config.mjs";
