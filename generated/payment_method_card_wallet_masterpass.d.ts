import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardWalletMasterpass as Type } from "./types/payment_method_card_wallet_masterpass.js";

export type PaymentMethodCardWalletMasterpass = Type;
export declare const PaymentMethodCardWalletMasterpass: SchemaModule<Type>;
