import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardWalletSamsungPay as self } from "./types/payment_method_card_wallet_samsung_pay.js";

export type PaymentMethodCardWalletSamsungPay = self;
export declare const PaymentMethodCardWalletSamsungPay: SchemaModule<self>;
