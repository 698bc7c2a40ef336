import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetails as self } from "./types/payment_method_details.js";

export type PaymentMethodDetails = self;
export declare const PaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetails(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetails: runtime.Check;
