import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletSamsungPay as self } from "./types/payment_method_details_card_wallet_samsung_pay.js";

export type PaymentMethodDetailsCardWalletSamsungPay = self;
export declare const PaymentMethodDetailsCardWalletSamsungPay: SchemaModule<self>;
