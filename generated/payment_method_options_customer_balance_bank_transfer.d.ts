import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsCustomerBalanceBankTransfer as self } from "./types/payment_method_options_customer_balance_bank_transfer.js";

export type PaymentMethodOptionsCustomerBalanceBankTransfer = self;
export declare const PaymentMethodOptionsCustomerBalanceBankTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsCustomerBalanceBankTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsCustomerBalanceBankTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsCustomerBalanceBankTransfer: runtime.Check;
