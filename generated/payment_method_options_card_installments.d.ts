import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsCardInstallments as self } from "./types/payment_method_options_card_installments.js";

export type PaymentMethodOptionsCardInstallments = self;
export declare const PaymentMethodOptionsCardInstallments: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsCardInstallments(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsCardInstallments(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsCardInstallments: runtime.Check;
