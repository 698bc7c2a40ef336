import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletVisaCheckout as Type } from "./types/payment_method_details_card_wallet_visa_checkout.js";

export type PaymentMethodDetailsCardWalletVisaCheckout = Type;
export declare const PaymentMethodDetailsCardWalletVisaCheckout: SchemaModule<Type>;
