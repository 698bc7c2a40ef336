import type * as runtime from "./runtime/api.js";
import type { DisputePaymentMethodDetailsCard as self } from "./types/dispute_payment_method_details_card.js";

export type DisputePaymentMethodDetailsCard = self;
export declare const DisputePaymentMethodDetailsCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDisputePaymentMethodDetailsCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDisputePaymentMethodDetailsCard(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDisputePaymentMethodDetailsCard: runtime.Check;
