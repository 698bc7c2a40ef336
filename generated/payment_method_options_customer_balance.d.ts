import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsCustomerBalance as self } from "./types/payment_method_options_customer_balance.js";

export type PaymentMethodOptionsCustomerBalance = self;
export declare const PaymentMethodOptionsCustomerBalance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsCustomerBalance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsCustomerBalance(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsCustomerBalance: runtime.Check;
