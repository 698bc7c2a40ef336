import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardWallet as self } from "./types/payment_method_details_card_wallet.js";

export type PaymentMethodDetailsCardWallet = self;
export declare const PaymentMethodDetailsCardWallet: SchemaModule<self>;
