import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletMasterpass as Type } from "./types/payment_method_details_card_wallet_masterpass.js";

export type PaymentMethodDetailsCardWalletMasterpass = Type;
export declare const PaymentMethodDetailsCardWalletMasterpass: SchemaModule<Type>;
