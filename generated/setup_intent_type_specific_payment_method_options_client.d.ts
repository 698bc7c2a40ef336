import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentTypeSpecificPaymentMethodOptionsClient as Type } from "./types/setup_intent_type_specific_payment_method_options_client.js";

export type SetupIntentTypeSpecificPaymentMethodOptionsClient = Type;
export declare const SetupIntentTypeSpecificPaymentMethodOptionsClient: SchemaModule<Type>;
