/** @schema `setup_attempt_payment_method_details_us_bank_account` */
export type SetupAttemptPaymentMethodDetailsUsBankAccount = {
  [key: string]: unknown;
};
