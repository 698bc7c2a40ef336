import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsLink as self } from "./types/payment_method_details_link.js";

export type PaymentMethodDetailsLink = self;
export declare const PaymentMethodDetailsLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsLink(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsLink: runtime.Check;
