import type { PaymentMethodUsBankAccountBlocked } from "./payment_method_us_bank_account_blocked.js";

/** @schema `payment_method_us_bank_account_status_details` */
export type PaymentMethodUsBankAccountStatusDetails = {
  blocked?: PaymentMethodUsBankAccountBlocked;
};
