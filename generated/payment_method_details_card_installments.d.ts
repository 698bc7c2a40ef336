import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCardInstallments as self } from "./types/payment_method_details_card_installments.js";

export type PaymentMethodDetailsCardInstallments = self;
export declare const PaymentMethodDetailsCardInstallments: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCardInstallments(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCardInstallments(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCardInstallments: runtime.Check;
