import type * as runtime from "./runtime/api.js";
import type { CheckoutCardInstallmentsOptions as self } from "./types/checkout_card_installments_options.js";

export type CheckoutCardInstallmentsOptions = self;
export declare const CheckoutCardInstallmentsOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutCardInstallmentsOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutCardInstallmentsOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutCardInstallmentsOptions: runtime.Check;
