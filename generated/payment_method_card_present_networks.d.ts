import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardPresentNetworks as self } from "./types/payment_method_card_present_networks.js";

export type PaymentMethodCardPresentNetworks = self;
export declare const PaymentMethodCardPresentNetworks: SchemaModule<self>;
