import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionCardAwaitNotification as self } from "./types/payment_intent_next_action_card_await_notification.js";

export type PaymentIntentNextActionCardAwaitNotification = self;
export declare const PaymentIntentNextActionCardAwaitNotification: SchemaModule<self>;
