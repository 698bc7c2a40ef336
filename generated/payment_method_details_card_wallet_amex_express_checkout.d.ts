import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletAmexExpressCheckout as Type } from "./types/payment_method_details_card_wallet_amex_express_checkout.js";

export type { PaymentMethodDetailsCardWalletAmexExpressCheckout } from "./types/payment_method_details_card_wallet_amex_express_checkout.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardWalletAmexExpressCheckout };
