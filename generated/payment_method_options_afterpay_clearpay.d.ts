import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsAfterpayClearpay as self } from "./types/payment_method_options_afterpay_clearpay.js";

export type PaymentMethodOptionsAfterpayClearpay = self;
export declare const PaymentMethodOptionsAfterpayClearpay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsAfterpayClearpay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsAfterpayClearpay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsAfterpayClearpay: runtime.Check;
