import type * as runtime from "./runtime/api.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails as self } from "./types/treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details.js";

export type TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails =
  self;
export declare const TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails: runtime.Check;
