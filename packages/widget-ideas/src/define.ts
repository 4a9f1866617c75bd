// Registers every ideas element (for bundlers; the CDN loader imports each element's module on demand).
import "./ideas/ideas.ts";
import "./idea-form/idea-form.ts";
import "./idea-detail/idea-detail.ts";
