import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletVisaCheckout as self } from "./types/payment_method_details_card_wallet_visa_checkout.js";

export type PaymentMethodDetailsCardWalletVisaCheckout = self;
export declare const PaymentMethodDetailsCardWalletVisaCheckout: SchemaModule<self>;
