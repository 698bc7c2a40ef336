import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionPaymentMethodOptionsCard as Type } from "./types/subscription_payment_method_options_card.js";

export type { SubscriptionPaymentMethodOptionsCard } from "./types/subscription_payment_method_options_card.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionPaymentMethodOptionsCard };
