import type * as runtime from "./runtime/api.js";
import type { PaymentLink as self } from "./types/payment_link.js";

export type PaymentLink = self;
export declare const PaymentLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLink(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLink: runtime.Check;
