import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsAfterpayClearpay as self } from "./types/payment_method_details_afterpay_clearpay.js";

export type PaymentMethodDetailsAfterpayClearpay = self;
export declare const PaymentMethodDetailsAfterpayClearpay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsAfterpayClearpay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsAfterpayClearpay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsAfterpayClearpay: runtime.Check;
