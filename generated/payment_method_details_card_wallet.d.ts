import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWallet as Type } from "./types/payment_method_details_card_wallet.js";

export type { PaymentMethodDetailsCardWallet } from "./types/payment_method_details_card_wallet.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardWallet };
