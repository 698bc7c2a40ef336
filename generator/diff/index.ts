/** The semantic diff of two specs' schemas, for the PR a new Stripe spec opens. */
export { diffDocuments } from "./diff-documents.js";
export { diffSpecs, runDiff, type RunDiffOptions } from "./diff-specs.js";
export { renderMarkdown, type MarkdownOptions } from "./markdown.js";
export { RULES, type RuleId } from "./rules.js";
export type { Change, ChangeClass, DiffReport, Semver, SpecSummary } from "./types.js";
