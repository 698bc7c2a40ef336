import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletGooglePay as Type } from "./types/payment_method_card_wallet_google_pay.js";

export type { PaymentMethodCardWalletGooglePay } from "./types/payment_method_card_wallet_google_pay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCardWalletGooglePay };
