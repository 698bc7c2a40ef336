import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentProcessing as Type } from "./types/payment_intent_processing.js";

export type PaymentIntentProcessing = Type;
export declare const PaymentIntentProcessing: SchemaModule<Type>;
