import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionCardAwaitNotification as Type } from "./types/payment_intent_next_action_card_await_notification.js";

export type { PaymentIntentNextActionCardAwaitNotification } from "./types/payment_intent_next_action_card_await_notification.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionCardAwaitNotification };
