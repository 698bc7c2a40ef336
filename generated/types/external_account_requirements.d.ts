import type { AccountRequirementsError } from "./account_requirements_error.js";

/** @schema `external_account_requirements` */
export type ExternalAccountRequirements = {
  /** Fields that need to be collected to keep the external account enabled. If not collected by `current_deadline`, these fields appear in `past_due` as well, and the account is disabled. */
  currently_due?: string[] | null;
  /** Fields that are `currently_due` and need to be collected again because validation or verification failed. */
  errors?: AccountRequirementsError[] | null;
  /** Fields that weren't collected by `current_deadline`. These fields need to be collected to enable the external account. */
  past_due?: string[] | null;
  /** Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due`, `currently_due`, or `past_due`. */
  pending_verification?: string[] | null;
};
