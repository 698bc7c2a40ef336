import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsKonbini as self } from "./types/payment_method_details_konbini.js";

export type PaymentMethodDetailsKonbini = self;
export declare const PaymentMethodDetailsKonbini: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsKonbini(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsKonbini(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsKonbini: runtime.Check;
