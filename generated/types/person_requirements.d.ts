import type { AccountRequirementsAlternative } from "./account_requirements_alternative.js";
import type { AccountRequirementsError } from "./account_requirements_error.js";

/** @schema `person_requirements` */
export type PersonRequirements = {
  /** Fields that are due and can be satisfied by providing the corresponding alternative fields instead. */
  alternatives?: AccountRequirementsAlternative[] | null;
  /** Fields that need to be collected to keep the person's account enabled. If not collected by the account's `current_deadline`, these fields appear in `past_due` as well, and the account is disabled. */
  currently_due: string[];
  /** Fields that are `currently_due` and need to be collected again because validation or verification failed. */
  errors: AccountRequirementsError[];
  /** Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well, and the account's `current_deadline` becomes set. */
  eventually_due: string[];
  /** Fields that weren't collected by the account's `current_deadline`. These fields need to be collected to enable the person's account. */
  past_due: string[];
  /** Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due`, `currently_due`, or `past_due`. */
  pending_verification: string[];
};
