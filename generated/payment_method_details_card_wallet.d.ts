import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWallet as Type } from "./types/payment_method_details_card_wallet.js";

export type PaymentMethodDetailsCardWallet = Type;
export declare const PaymentMethodDetailsCardWallet: SchemaModule<Type>;
