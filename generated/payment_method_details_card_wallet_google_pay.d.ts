import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletGooglePay as Type } from "./types/payment_method_details_card_wallet_google_pay.js";

export type PaymentMethodDetailsCardWalletGooglePay = Type;
export declare const PaymentMethodDetailsCardWalletGooglePay: SchemaModule<Type>;
