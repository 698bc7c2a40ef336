import type { Address } from "./address.js";

/** @schema `treasury_shared_resource_billing_details` */
export type TreasurySharedResourceBillingDetails = {
  address: Address;
  /**
   * Email address.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * Full name.
   *
   * @maxLength 5000
   */
  name?: string | null;
};
