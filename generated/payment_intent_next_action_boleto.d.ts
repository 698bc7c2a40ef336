import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionBoleto as Type } from "./types/payment_intent_next_action_boleto.js";

export type PaymentIntentNextActionBoleto = Type;
export declare const PaymentIntentNextActionBoleto: SchemaModule<Type>;
