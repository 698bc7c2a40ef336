import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsResourcePaymentMethodOptions as Type } from "./types/subscriptions_resource_payment_method_options.js";

export type SubscriptionsResourcePaymentMethodOptions = Type;
export declare const SubscriptionsResourcePaymentMethodOptions: SchemaModule<Type>;
