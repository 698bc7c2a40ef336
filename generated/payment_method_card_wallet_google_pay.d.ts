import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletGooglePay as Type } from "./types/payment_method_card_wallet_google_pay.js";

export type PaymentMethodCardWalletGooglePay = Type;
export declare const PaymentMethodCardWalletGooglePay: SchemaModule<Type>;
