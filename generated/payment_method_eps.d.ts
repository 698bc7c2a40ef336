import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodEps as Type } from "./types/payment_method_eps.js";

export type PaymentMethodEps = Type;
export declare const PaymentMethodEps: SchemaModule<Type>;
