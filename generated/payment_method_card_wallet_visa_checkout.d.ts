import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletVisaCheckout as Type } from "./types/payment_method_card_wallet_visa_checkout.js";

export type PaymentMethodCardWalletVisaCheckout = Type;
export declare const PaymentMethodCardWalletVisaCheckout: SchemaModule<Type>;
