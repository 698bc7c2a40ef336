import type { AccountRequirementsAlternative } from "./account_requirements_alternative.js";
import type { AccountRequirementsError } from "./account_requirements_error.js";

/** @schema `account_requirements` */
export type AccountRequirements = {
  /** Fields that are due and can be satisfied by providing the corresponding alternative fields instead. */
  alternatives?: AccountRequirementsAlternative[] | null;
  /**
   * Date by which the fields in `currently_due` must be collected to keep the account enabled. These fields may disable the account sooner if the next threshold is reached before they are collected.
   *
   * @format unix-time
   */
  current_deadline?: number | null;
  /** Fields that need to be collected to keep the account enabled. If not collected by `current_deadline`, these fields appear in `past_due` as well, and the account is disabled. */
  currently_due?: string[] | null;
  /**
   * If the account is disabled, this string describes why. Can be `requirements.past_due`, `requirements.pending_verification`, `listed`, `platform_paused`, `rejected.fraud`, `rejected.listed`, `rejected.terms_of_service`, `rejected.other`, `under_review`, or `other`.
   *
   * @maxLength 5000
   */
  disabled_reason?: string | null;
  /** Fields that are `currently_due` and need to be collected again because validation or verification failed. */
  errors?: AccountRequirementsError[] | null;
  /** Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well, and `current_deadline` becomes set. */
  eventually_due?: string[] | null;
  /** Fields that weren't collected by `current_deadline`. These fields need to be collected to enable the account. */
  past_due?: string[] | null;
  /** Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due`, `currently_due`, or `past_due`. */
  pending_verification?: string[] | null;
};
