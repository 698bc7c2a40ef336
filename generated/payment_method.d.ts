import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethod as Type } from "./types/payment_method.js";

export type PaymentMethod = Type;
export declare const PaymentMethod: SchemaModule<Type>;
