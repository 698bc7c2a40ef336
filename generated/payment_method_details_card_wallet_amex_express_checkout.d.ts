import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletAmexExpressCheckout as Type } from "./types/payment_method_details_card_wallet_amex_express_checkout.js";

export type PaymentMethodDetailsCardWalletAmexExpressCheckout = Type;
export declare const PaymentMethodDetailsCardWalletAmexExpressCheckout: SchemaModule<Type>;
