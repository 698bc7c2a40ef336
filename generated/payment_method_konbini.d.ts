import type * as runtime from "./runtime/api.js";
import type { PaymentMethodKonbini as self } from "./types/payment_method_konbini.js";

export type PaymentMethodKonbini = self;
export declare const PaymentMethodKonbini: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodKonbini(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodKonbini(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodKonbini: runtime.Check;
