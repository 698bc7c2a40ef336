import type * as runtime from "./runtime/api.js";
import type { PaymentMethodCardWalletSamsungPay as self } from "./types/payment_method_card_wallet_samsung_pay.js";

export type PaymentMethodCardWalletSamsungPay = self;
export declare const PaymentMethodCardWalletSamsungPay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodCardWalletSamsungPay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodCardWalletSamsungPay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodCardWalletSamsungPay: runtime.Check;
