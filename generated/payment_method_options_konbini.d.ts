import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsKonbini as Type } from "./types/payment_method_options_konbini.js";

export type PaymentMethodOptionsKonbini = Type;
export declare const PaymentMethodOptionsKonbini: SchemaModule<Type>;
