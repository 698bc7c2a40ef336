import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardNetworkToken as Type } from "./types/payment_method_details_card_network_token.js";

export type { PaymentMethodDetailsCardNetworkToken } from "./types/payment_method_details_card_network_token.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardNetworkToken };
