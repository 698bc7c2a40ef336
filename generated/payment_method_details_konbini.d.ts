import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsKonbini as Type } from "./types/payment_method_details_konbini.js";

export type PaymentMethodDetailsKonbini = Type;
export declare const PaymentMethodDetailsKonbini: SchemaModule<Type>;
