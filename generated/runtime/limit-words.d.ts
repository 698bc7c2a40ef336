/**
 * The words of the issues that limits record (`minLength`, `minimum`, `multipleOf`,
 * `minItems`, `uniqueItems`, …): their English message and their changeset error. The
 * issues carry them (`RawIssue.words`, set by `limitFail`), so a module whose schema sets
 * none of these limits (Stripe's set none) bundles none of this text.
 */
import type { IssueCode, IssueWords, RawIssue } from "./api.js";
export type LimitCode = Extract<
  IssueCode,
  | "too_short"
  | "too_small"
  | "too_big"
  | "not_multiple"
  | "too_few"
  | "too_many"
  | "not_unique"
>;
export declare const LIMIT_CODES: ReadonlySet<IssueCode>;
export declare function limitMessage(issue: RawIssue): string;
export declare const LIMIT_WORDS: IssueWords;
