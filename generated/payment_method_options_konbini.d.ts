import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsKonbini as self } from "./types/payment_method_options_konbini.js";

export type PaymentMethodOptionsKonbini = self;
export declare const PaymentMethodOptionsKonbini: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsKonbini(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsKonbini(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsKonbini: runtime.Check;
