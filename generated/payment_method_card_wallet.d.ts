import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardWallet as self } from "./types/payment_method_card_wallet.js";

export type PaymentMethodCardWallet = self;
export declare const PaymentMethodCardWallet: SchemaModule<self>;
