import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionBoleto as self } from "./types/payment_intent_next_action_boleto.js";

export type PaymentIntentNextActionBoleto = self;
export declare const PaymentIntentNextActionBoleto: SchemaModule<self>;
