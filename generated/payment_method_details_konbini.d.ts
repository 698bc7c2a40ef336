import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsKonbini as self } from "./types/payment_method_details_konbini.js";

export type PaymentMethodDetailsKonbini = self;
export declare const PaymentMethodDetailsKonbini: SchemaModule<self>;
