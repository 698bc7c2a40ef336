import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCashapp as self } from "./types/payment_method_details_cashapp.js";

export type PaymentMethodDetailsCashapp = self;
export declare const PaymentMethodDetailsCashapp: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCashapp(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCashapp(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCashapp: runtime.Check;
