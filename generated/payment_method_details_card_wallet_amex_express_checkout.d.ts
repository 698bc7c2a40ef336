import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletAmexExpressCheckout as self } from "./types/payment_method_details_card_wallet_amex_express_checkout.js";

export type PaymentMethodDetailsCardWalletAmexExpressCheckout = self;
export declare const PaymentMethodDetailsCardWalletAmexExpressCheckout: SchemaModule<self>;
