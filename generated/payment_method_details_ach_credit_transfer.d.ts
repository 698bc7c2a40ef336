import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsAchCreditTransfer as self } from "./types/payment_method_details_ach_credit_transfer.js";

export type PaymentMethodDetailsAchCreditTransfer = self;
export declare const PaymentMethodDetailsAchCreditTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsAchCreditTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsAchCreditTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsAchCreditTransfer: runtime.Check;
