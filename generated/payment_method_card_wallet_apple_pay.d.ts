import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardWalletApplePay as self } from "./types/payment_method_card_wallet_apple_pay.js";

export type PaymentMethodCardWalletApplePay = self;
export declare const PaymentMethodCardWalletApplePay: SchemaModule<self>;
