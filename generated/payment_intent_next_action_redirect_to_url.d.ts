import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionRedirectToUrl as Type } from "./types/payment_intent_next_action_redirect_to_url.js";

export type { PaymentIntentNextActionRedirectToUrl } from "./types/payment_intent_next_action_redirect_to_url.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionRedirectToUrl };
