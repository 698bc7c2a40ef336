import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCardWallet as self } from "./types/payment_method_details_card_wallet.js";

export type PaymentMethodDetailsCardWallet = self;
export declare const PaymentMethodDetailsCardWallet: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCardWallet(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCardWallet(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCardWallet: runtime.Check;
