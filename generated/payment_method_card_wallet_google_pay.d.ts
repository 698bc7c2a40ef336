import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardWalletGooglePay as self } from "./types/payment_method_card_wallet_google_pay.js";

export type PaymentMethodCardWalletGooglePay = self;
export declare const PaymentMethodCardWalletGooglePay: SchemaModule<self>;
