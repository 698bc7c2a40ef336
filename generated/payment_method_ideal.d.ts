import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodIdeal as Type } from "./types/payment_method_ideal.js";

export type PaymentMethodIdeal = Type;
export declare const PaymentMethodIdeal: SchemaModule<Type>;
