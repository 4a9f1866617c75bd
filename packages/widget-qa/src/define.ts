// Registers every Q&A element (for bundlers; the CDN loader imports each element's module on demand).
import "./qa/qa.ts";
import "./question-form/question-form.ts";
import "./question-detail/question-detail.ts";
