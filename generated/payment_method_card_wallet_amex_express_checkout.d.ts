import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardWalletAmexExpressCheckout as self } from "./types/payment_method_card_wallet_amex_express_checkout.js";

export type PaymentMethodCardWalletAmexExpressCheckout = self;
export declare const PaymentMethodCardWalletAmexExpressCheckout: SchemaModule<self>;
