import type * as runtime from "./runtime/api.js";
import type { CheckoutAcssDebitMandateOptions as self } from "./types/checkout_acss_debit_mandate_options.js";

export type CheckoutAcssDebitMandateOptions = self;
export declare const CheckoutAcssDebitMandateOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutAcssDebitMandateOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutAcssDebitMandateOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutAcssDebitMandateOptions: runtime.Check;
