import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsLink as Type } from "./types/setup_intent_payment_method_options_link.js";

export type SetupIntentPaymentMethodOptionsLink = Type;
export declare const SetupIntentPaymentMethodOptionsLink: SchemaModule<Type>;
