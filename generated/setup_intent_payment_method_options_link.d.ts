import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsLink as self } from "./types/setup_intent_payment_method_options_link.js";

export type SetupIntentPaymentMethodOptionsLink = self;
export declare const SetupIntentPaymentMethodOptionsLink: SchemaModule<self>;
