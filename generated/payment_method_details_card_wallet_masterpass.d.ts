import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletMasterpass as self } from "./types/payment_method_details_card_wallet_masterpass.js";

export type PaymentMethodDetailsCardWalletMasterpass = self;
export declare const PaymentMethodDetailsCardWalletMasterpass: SchemaModule<self>;
