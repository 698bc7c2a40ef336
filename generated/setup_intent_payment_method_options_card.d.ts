import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsCard as Type } from "./types/setup_intent_payment_method_options_card.js";

export type SetupIntentPaymentMethodOptionsCard = Type;
export declare const SetupIntentPaymentMethodOptionsCard: SchemaModule<Type>;
