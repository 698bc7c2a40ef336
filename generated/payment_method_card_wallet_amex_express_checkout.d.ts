import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletAmexExpressCheckout as Type } from "./types/payment_method_card_wallet_amex_express_checkout.js";

export type PaymentMethodCardWalletAmexExpressCheckout = Type;
export declare const PaymentMethodCardWalletAmexExpressCheckout: SchemaModule<Type>;
