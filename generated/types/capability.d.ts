import type { Account } from "./account.js";
import type { AccountCapabilityFutureRequirements } from "./account_capability_future_requirements.js";
import type { AccountCapabilityRequirements } from "./account_capability_requirements.js";

/**
 * This is an object representing a capability for a Stripe account.
 *
 * Related guide: [Account capabilities](https://stripe.com/docs/connect/account-capabilities)
 *
 * @schema `capability`
 */
export type Capability = {
  /**
   * The account for which the capability enables functionality.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  account: string | Account;
  future_requirements?: AccountCapabilityFutureRequirements;
  /**
   * The identifier for the capability.
   *
   * @maxLength 5000
   */
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "capability";
  /** Whether the capability has been requested. */
  requested: boolean;
  /**
   * Time at which the capability was requested. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  requested_at?: number | null;
  requirements?: AccountCapabilityRequirements;
  /** The status of the capability. Can be `active`, `inactive`, `pending`, or `unrequested`. */
  status: "active" | "disabled" | "inactive" | "pending" | "unrequested";
};
