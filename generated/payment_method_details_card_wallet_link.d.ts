import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletLink as Type } from "./types/payment_method_details_card_wallet_link.js";

export type { PaymentMethodDetailsCardWalletLink } from "./types/payment_method_details_card_wallet_link.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardWalletLink };
