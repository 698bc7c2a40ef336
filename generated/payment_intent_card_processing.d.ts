import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentCardProcessing as Type } from "./types/payment_intent_card_processing.js";

export type PaymentIntentCardProcessing = Type;
export declare const PaymentIntentCardProcessing: SchemaModule<Type>;
