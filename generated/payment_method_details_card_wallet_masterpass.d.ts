import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletMasterpass as Type } from "./types/payment_method_details_card_wallet_masterpass.js";

export type { PaymentMethodDetailsCardWalletMasterpass } from "./types/payment_method_details_card_wallet_masterpass.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardWalletMasterpass };
