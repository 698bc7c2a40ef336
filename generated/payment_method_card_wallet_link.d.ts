import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardWalletLink as self } from "./types/payment_method_card_wallet_link.js";

export type PaymentMethodCardWalletLink = self;
export declare const PaymentMethodCardWalletLink: SchemaModule<self>;
