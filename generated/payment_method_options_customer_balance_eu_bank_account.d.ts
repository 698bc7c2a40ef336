import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsCustomerBalanceEuBankAccount as self } from "./types/payment_method_options_customer_balance_eu_bank_account.js";

export type PaymentMethodOptionsCustomerBalanceEuBankAccount = self;
export declare const PaymentMethodOptionsCustomerBalanceEuBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsCustomerBalanceEuBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsCustomerBalanceEuBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsCustomerBalanceEuBankAccount: runtime.Check;
