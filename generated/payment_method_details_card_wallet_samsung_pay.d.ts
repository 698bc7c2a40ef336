import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletSamsungPay as Type } from "./types/payment_method_details_card_wallet_samsung_pay.js";

export type { PaymentMethodDetailsCardWalletSamsungPay } from "./types/payment_method_details_card_wallet_samsung_pay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardWalletSamsungPay };
