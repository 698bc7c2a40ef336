import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsSofort as self } from "./types/payment_method_details_sofort.js";

export type PaymentMethodDetailsSofort = self;
export declare const PaymentMethodDetailsSofort: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsSofort(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsSofort(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsSofort: runtime.Check;
