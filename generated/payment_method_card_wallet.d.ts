import type * as runtime from "./runtime/api.js";
import type { PaymentMethodCardWallet as self } from "./types/payment_method_card_wallet.js";

export type PaymentMethodCardWallet = self;
export declare const PaymentMethodCardWallet: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodCardWallet(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodCardWallet(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodCardWallet: runtime.Check;
