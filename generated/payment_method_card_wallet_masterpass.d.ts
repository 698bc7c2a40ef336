import type * as runtime from "./runtime/api.js";
import type { PaymentMethodCardWalletMasterpass as self } from "./types/payment_method_card_wallet_masterpass.js";

export type PaymentMethodCardWalletMasterpass = self;
export declare const PaymentMethodCardWalletMasterpass: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodCardWalletMasterpass(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodCardWalletMasterpass(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodCardWalletMasterpass: runtime.Check;
