import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletGooglePay as self } from "./types/payment_method_details_card_wallet_google_pay.js";

export type PaymentMethodDetailsCardWalletGooglePay = self;
export declare const PaymentMethodDetailsCardWalletGooglePay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCardWalletGooglePay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCardWalletGooglePay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCardWalletGooglePay: runtime.Check;
