import type * as runtime from "./runtime/api.js";
import type { PaymentMethodZip as self } from "./types/payment_method_zip.js";

export type PaymentMethodZip = self;
export declare const PaymentMethodZip: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodZip(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodZip(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodZip: runtime.Check;
