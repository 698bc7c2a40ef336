import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntent as Type } from "./types/payment_intent.js";

export type PaymentIntent = Type;
export declare const PaymentIntent: SchemaModule<Type>;
