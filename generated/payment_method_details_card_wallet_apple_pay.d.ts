import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletApplePay as Type } from "./types/payment_method_details_card_wallet_apple_pay.js";

export type { PaymentMethodDetailsCardWalletApplePay } from "./types/payment_method_details_card_wallet_apple_pay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardWalletApplePay };
