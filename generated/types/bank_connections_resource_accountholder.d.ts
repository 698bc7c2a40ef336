import type { Account } from "./account.js";
import type { Customer } from "./customer.js";

/** @schema `bank_connections_resource_accountholder` */
export type BankConnectionsResourceAccountholder = {
  /**
   * The ID of the Stripe account this account belongs to. Should only be present if `account_holder.type` is `account`.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  account?: string | Account;
  /**
   * ID of the Stripe customer this account belongs to. Present if and only if `account_holder.type` is `customer`.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer;
  /** Type of account holder that this account belongs to. */
  type: "account" | "customer";
};
