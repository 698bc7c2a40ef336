import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentProcessing as self } from "./types/payment_intent_processing.js";

export type PaymentIntentProcessing = self;
export declare const PaymentIntentProcessing: SchemaModule<self>;
