import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWallet as Type } from "./types/payment_method_card_wallet.js";

export type PaymentMethodCardWallet = Type;
export declare const PaymentMethodCardWallet: SchemaModule<Type>;
