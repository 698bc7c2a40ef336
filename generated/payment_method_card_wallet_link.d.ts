import type * as runtime from "./runtime/api.js";
import type { PaymentMethodCardWalletLink as self } from "./types/payment_method_card_wallet_link.js";

export type PaymentMethodCardWalletLink = self;
export declare const PaymentMethodCardWalletLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodCardWalletLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodCardWalletLink(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodCardWalletLink: runtime.Check;
