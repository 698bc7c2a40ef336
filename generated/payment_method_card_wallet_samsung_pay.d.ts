import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletSamsungPay as Type } from "./types/payment_method_card_wallet_samsung_pay.js";

export type { PaymentMethodCardWalletSamsungPay } from "./types/payment_method_card_wallet_samsung_pay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCardWalletSamsungPay };
