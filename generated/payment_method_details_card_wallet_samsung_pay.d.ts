import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletSamsungPay as Type } from "./types/payment_method_details_card_wallet_samsung_pay.js";

export type PaymentMethodDetailsCardWalletSamsungPay = Type;
export declare const PaymentMethodDetailsCardWalletSamsungPay: SchemaModule<Type>;
