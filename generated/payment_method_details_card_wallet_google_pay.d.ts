import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletGooglePay as self } from "./types/payment_method_details_card_wallet_google_pay.js";

export type PaymentMethodDetailsCardWalletGooglePay = self;
export declare const PaymentMethodDetailsCardWalletGooglePay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCardWalletGooglePay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentMethodDetailsCardWalletGooglePay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCardWalletGooglePay: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentMethodDetailsCardWalletGooglePay: runtime.Test;
