import type * as runtime from "./runtime/api.js";
import type { PaymentMethodCardWalletApplePay as self } from "./types/payment_method_card_wallet_apple_pay.js";

export type PaymentMethodCardWalletApplePay = self;
export declare const PaymentMethodCardWalletApplePay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodCardWalletApplePay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodCardWalletApplePay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodCardWalletApplePay: runtime.Check;
