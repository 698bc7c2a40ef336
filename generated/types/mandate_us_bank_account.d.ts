/** @schema `mandate_us_bank_account` */
export interface MandateUsBankAccount {
  [key: string]: unknown;
}
