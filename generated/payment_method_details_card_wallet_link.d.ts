import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletLink as Type } from "./types/payment_method_details_card_wallet_link.js";

export type PaymentMethodDetailsCardWalletLink = Type;
export declare const PaymentMethodDetailsCardWalletLink: SchemaModule<Type>;
