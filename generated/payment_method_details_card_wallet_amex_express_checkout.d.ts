import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletAmexExpressCheckout as self } from "./types/payment_method_details_card_wallet_amex_express_checkout.js";

export type PaymentMethodDetailsCardWalletAmexExpressCheckout = self;
export declare const PaymentMethodDetailsCardWalletAmexExpressCheckout: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCardWalletAmexExpressCheckout(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCardWalletAmexExpressCheckout(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCardWalletAmexExpressCheckout: runtime.Check;
