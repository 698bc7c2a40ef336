import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletApplePay as self } from "./types/payment_method_details_card_wallet_apple_pay.js";

export type PaymentMethodDetailsCardWalletApplePay = self;
export declare const PaymentMethodDetailsCardWalletApplePay: SchemaModule<self>;
