import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntent as self } from "./types/payment_intent.js";

export type PaymentIntent = self;
export declare const PaymentIntent: SchemaModule<self>;
