import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionPaymentMethodOptionsCard as self } from "./types/subscription_payment_method_options_card.js";

export type SubscriptionPaymentMethodOptionsCard = self;
export declare const SubscriptionPaymentMethodOptionsCard: SchemaModule<self>;
