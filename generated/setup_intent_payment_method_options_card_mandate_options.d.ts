import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsCardMandateOptions as Type } from "./types/setup_intent_payment_method_options_card_mandate_options.js";

export type SetupIntentPaymentMethodOptionsCardMandateOptions = Type;
export declare const SetupIntentPaymentMethodOptionsCardMandateOptions: SchemaModule<Type>;
