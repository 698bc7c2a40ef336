import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardPresentNetworks as Type } from "./types/payment_method_card_present_networks.js";

export type { PaymentMethodCardPresentNetworks } from "./types/payment_method_card_present_networks.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCardPresentNetworks };
