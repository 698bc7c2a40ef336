import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsMultibanco as self } from "./types/payment_method_details_multibanco.js";

export type PaymentMethodDetailsMultibanco = self;
export declare const PaymentMethodDetailsMultibanco: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsMultibanco(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsMultibanco(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsMultibanco: runtime.Check;
