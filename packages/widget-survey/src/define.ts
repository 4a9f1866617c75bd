// Registers <corner-survey> (for bundlers; the CDN loader imports the element's module on demand).
import "./survey/survey.ts";

export { launch, resetSurveys } from "./launcher/launcher.ts";
