import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardPresentNetworks as Type } from "./types/payment_method_card_present_networks.js";

export type PaymentMethodCardPresentNetworks = Type;
export declare const PaymentMethodCardPresentNetworks: SchemaModule<Type>;
