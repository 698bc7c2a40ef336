import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionCardAwaitNotification as Type } from "./types/payment_intent_next_action_card_await_notification.js";

export type PaymentIntentNextActionCardAwaitNotification = Type;
export declare const PaymentIntentNextActionCardAwaitNotification: SchemaModule<Type>;
