import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCard as self } from "./types/payment_method_details_card.js";

export type PaymentMethodDetailsCard = self;
export declare const PaymentMethodDetailsCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCard(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCard: runtime.Check;
