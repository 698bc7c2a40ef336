import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardNetworkToken as Type } from "./types/payment_method_details_card_network_token.js";

export type PaymentMethodDetailsCardNetworkToken = Type;
export declare const PaymentMethodDetailsCardNetworkToken: SchemaModule<Type>;
