/** @schema `payment_method_options_customer_balance_eu_bank_account` */
export type PaymentMethodOptionsCustomerBalanceEuBankAccount = {
  /** The desired country code of the bank account information. Permitted values include: `BE`, `DE`, `ES`, `FR`, `IE`, or `NL`. */
  country: "BE" | "DE" | "ES" | "FR" | "IE" | "NL";
};
