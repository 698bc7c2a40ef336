import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletAmexExpressCheckout as Type } from "./types/payment_method_card_wallet_amex_express_checkout.js";

export type { PaymentMethodCardWalletAmexExpressCheckout } from "./types/payment_method_card_wallet_amex_express_checkout.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCardWalletAmexExpressCheckout };
