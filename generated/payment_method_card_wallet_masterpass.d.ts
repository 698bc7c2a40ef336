import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletMasterpass as Type } from "./types/payment_method_card_wallet_masterpass.js";

export type { PaymentMethodCardWalletMasterpass } from "./types/payment_method_card_wallet_masterpass.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCardWalletMasterpass };
