import type { AccountRequirementsAlternative } from "./account_requirements_alternative.js";
import type { AccountRequirementsError } from "./account_requirements_error.js";

/** @schema `account_capability_future_requirements` */
export type AccountCapabilityFutureRequirements = {
  /** Fields that are due and can be satisfied by providing the corresponding alternative fields instead. */
  alternatives?: AccountRequirementsAlternative[] | null;
  /**
   * Date on which `future_requirements` merges with the main `requirements` hash and `future_requirements` becomes empty. After the transition, `currently_due` requirements may immediately become `past_due`, but the account may also be given a grace period depending on the capability's enablement state prior to transitioning.
   *
   * @format unix-time
   */
  current_deadline?: number | null;
  /** Fields that need to be collected to keep the capability enabled. If not collected by `future_requirements[current_deadline]`, these fields will transition to the main `requirements` hash. */
  currently_due: string[];
  /**
   * This is typed as a string for consistency with `requirements.disabled_reason`, but it safe to assume `future_requirements.disabled_reason` is empty because fields in `future_requirements` will never disable the account.
   *
   * @maxLength 5000
   */
  disabled_reason?: string | null;
  /** Fields that are `currently_due` and need to be collected again because validation or verification failed. */
  errors: AccountRequirementsError[];
  /** Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well. */
  eventually_due: string[];
  /** Fields that weren't collected by `requirements.current_deadline`. These fields need to be collected to enable the capability on the account. New fields will never appear here; `future_requirements.past_due` will always be a subset of `requirements.past_due`. */
  past_due: string[];
  /** Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due` or `currently_due`. */
  pending_verification: string[];
};
