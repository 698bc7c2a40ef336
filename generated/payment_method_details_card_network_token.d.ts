import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardNetworkToken as self } from "./types/payment_method_details_card_network_token.js";

export type PaymentMethodDetailsCardNetworkToken = self;
export declare const PaymentMethodDetailsCardNetworkToken: SchemaModule<self>;
