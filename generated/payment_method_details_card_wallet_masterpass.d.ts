import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletMasterpass as self } from "./types/payment_method_details_card_wallet_masterpass.js";

export type PaymentMethodDetailsCardWalletMasterpass = self;
export declare const PaymentMethodDetailsCardWalletMasterpass: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCardWalletMasterpass(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCardWalletMasterpass(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCardWalletMasterpass: runtime.Check;
