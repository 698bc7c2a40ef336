import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletGooglePay as self } from "./types/payment_method_details_card_wallet_google_pay.js";

export type PaymentMethodDetailsCardWalletGooglePay = self;
export declare const PaymentMethodDetailsCardWalletGooglePay: SchemaModule<self>;
