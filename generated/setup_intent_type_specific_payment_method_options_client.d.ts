import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentTypeSpecificPaymentMethodOptionsClient as Type } from "./types/setup_intent_type_specific_payment_method_options_client.js";

export type { SetupIntentTypeSpecificPaymentMethodOptionsClient } from "./types/setup_intent_type_specific_payment_method_options_client.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentTypeSpecificPaymentMethodOptionsClient };
