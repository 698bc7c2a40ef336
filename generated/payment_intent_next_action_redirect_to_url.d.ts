import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionRedirectToUrl as self } from "./types/payment_intent_next_action_redirect_to_url.js";

export type PaymentIntentNextActionRedirectToUrl = self;
export declare const PaymentIntentNextActionRedirectToUrl: SchemaModule<self>;
