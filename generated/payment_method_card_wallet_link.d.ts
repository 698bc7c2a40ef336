import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletLink as Type } from "./types/payment_method_card_wallet_link.js";

export type PaymentMethodCardWalletLink = Type;
export declare const PaymentMethodCardWalletLink: SchemaModule<Type>;
