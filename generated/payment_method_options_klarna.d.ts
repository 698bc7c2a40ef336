import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsKlarna as self } from "./types/payment_method_options_klarna.js";

export type PaymentMethodOptionsKlarna = self;
export declare const PaymentMethodOptionsKlarna: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsKlarna(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsKlarna(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsKlarna: runtime.Check;
