import type { SepaDebitGeneratedFrom } from "./sepa_debit_generated_from.js";

/** @schema `payment_method_sepa_debit` */
export type PaymentMethodSepaDebit = {
  /**
   * Bank code of bank associated with the bank account.
   *
   * @maxLength 5000
   */
  bank_code?: string | null;
  /**
   * Branch code of bank associated with the bank account.
   *
   * @maxLength 5000
   */
  branch_code?: string | null;
  /**
   * Two-letter ISO code representing the country the bank account is located in.
   *
   * @maxLength 5000
   */
  country?: string | null;
  /**
   * Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
   *
   * @maxLength 5000
   */
  fingerprint?: string | null;
  /** Information about the object that generated this PaymentMethod. */
  generated_from?: SepaDebitGeneratedFrom | null;
  /**
   * Last four characters of the IBAN.
   *
   * @maxLength 5000
   */
  last4?: string | null;
};
