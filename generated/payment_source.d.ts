import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentSource as Type } from "./types/payment_source.js";

export type PaymentSource = Type;
export declare const PaymentSource: SchemaModule<Type>;
