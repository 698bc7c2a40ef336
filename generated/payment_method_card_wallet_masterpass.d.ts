import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardWalletMasterpass as self } from "./types/payment_method_card_wallet_masterpass.js";

export type PaymentMethodCardWalletMasterpass = self;
export declare const PaymentMethodCardWalletMasterpass: SchemaModule<self>;
