import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsKlarna as self } from "./types/payment_method_details_klarna.js";

export type PaymentMethodDetailsKlarna = self;
export declare const PaymentMethodDetailsKlarna: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsKlarna(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsKlarna(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsKlarna: runtime.Check;
