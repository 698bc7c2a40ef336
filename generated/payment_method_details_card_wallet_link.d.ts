import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardWalletLink as self } from "./types/payment_method_details_card_wallet_link.js";

export type PaymentMethodDetailsCardWalletLink = self;
export declare const PaymentMethodDetailsCardWalletLink: SchemaModule<self>;
