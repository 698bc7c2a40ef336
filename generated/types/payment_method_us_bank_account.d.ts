import type { PaymentMethodUsBankAccountStatusDetails } from "./payment_method_us_bank_account_status_details.js";
import type { UsBankAccountNetworks } from "./us_bank_account_networks.js";

/** @schema `payment_method_us_bank_account` */
export type PaymentMethodUsBankAccount = {
  /** Account holder type: individual or company. */
  account_holder_type?: "company" | "individual" | null;
  /** Account type: checkings or savings. Defaults to checking if omitted. */
  account_type?: "checking" | "savings" | null;
  /**
   * The name of the bank.
   *
   * @maxLength 5000
   */
  bank_name?: string | null;
  /**
   * The ID of the Financial Connections Account used to create the payment method.
   *
   * @maxLength 5000
   */
  financial_connections_account?: string | null;
  /**
   * Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
   *
   * @maxLength 5000
   */
  fingerprint?: string | null;
  /**
   * Last four digits of the bank account number.
   *
   * @maxLength 5000
   */
  last4?: string | null;
  /** Contains information about US bank account networks that can be used. */
  networks?: UsBankAccountNetworks | null;
  /**
   * Routing number of the bank account.
   *
   * @maxLength 5000
   */
  routing_number?: string | null;
  /** Contains information about the future reusability of this PaymentMethod. */
  status_details?: PaymentMethodUsBankAccountStatusDetails | null;
};
