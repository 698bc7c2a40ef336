import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentCardProcessing as self } from "./types/payment_intent_card_processing.js";

export type PaymentIntentCardProcessing = self;
export declare const PaymentIntentCardProcessing: SchemaModule<self>;
