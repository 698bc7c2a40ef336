import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletSamsungPay as Type } from "./types/payment_method_card_wallet_samsung_pay.js";

export type PaymentMethodCardWalletSamsungPay = Type;
export declare const PaymentMethodCardWalletSamsungPay: SchemaModule<Type>;
