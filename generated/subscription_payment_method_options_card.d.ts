import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionPaymentMethodOptionsCard as Type } from "./types/subscription_payment_method_options_card.js";

export type SubscriptionPaymentMethodOptionsCard = Type;
export declare const SubscriptionPaymentMethodOptionsCard: SchemaModule<Type>;
