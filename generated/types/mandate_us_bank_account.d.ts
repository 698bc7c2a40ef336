/** @schema `mandate_us_bank_account` */
export type MandateUsBankAccount = { [key: string]: unknown };
