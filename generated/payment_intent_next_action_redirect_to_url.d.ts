import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionRedirectToUrl as Type } from "./types/payment_intent_next_action_redirect_to_url.js";

export type PaymentIntentNextActionRedirectToUrl = Type;
export declare const PaymentIntentNextActionRedirectToUrl: SchemaModule<Type>;
