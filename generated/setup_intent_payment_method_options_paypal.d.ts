import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsPaypal as Type } from "./types/setup_intent_payment_method_options_paypal.js";

export type { SetupIntentPaymentMethodOptionsPaypal } from "./types/setup_intent_payment_method_options_paypal.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentPaymentMethodOptionsPaypal };
