import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsCardPresent as self } from "./types/payment_method_options_card_present.js";

export type PaymentMethodOptionsCardPresent = self;
export declare const PaymentMethodOptionsCardPresent: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsCardPresent(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsCardPresent(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsCardPresent: runtime.Check;
