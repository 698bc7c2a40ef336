import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletApplePay as Type } from "./types/payment_method_card_wallet_apple_pay.js";

export type PaymentMethodCardWalletApplePay = Type;
export declare const PaymentMethodCardWalletApplePay: SchemaModule<Type>;
