import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCustomerBalance as self } from "./types/payment_method_details_customer_balance.js";

export type PaymentMethodDetailsCustomerBalance = self;
export declare const PaymentMethodDetailsCustomerBalance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCustomerBalance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCustomerBalance(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCustomerBalance: runtime.Check;
