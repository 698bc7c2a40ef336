import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodKonbini as Type } from "./types/payment_method_konbini.js";

export type PaymentMethodKonbini = Type;
export declare const PaymentMethodKonbini: SchemaModule<Type>;
