import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardWalletVisaCheckout as self } from "./types/payment_method_card_wallet_visa_checkout.js";

export type PaymentMethodCardWalletVisaCheckout = self;
export declare const PaymentMethodCardWalletVisaCheckout: SchemaModule<self>;
