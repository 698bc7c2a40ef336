import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptions as Type } from "./types/setup_intent_payment_method_options.js";

export type SetupIntentPaymentMethodOptions = Type;
export declare const SetupIntentPaymentMethodOptions: SchemaModule<Type>;
