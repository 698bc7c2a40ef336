import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsResourcePaymentSettings as Type } from "./types/subscriptions_resource_payment_settings.js";

export type SubscriptionsResourcePaymentSettings = Type;
export declare const SubscriptionsResourcePaymentSettings: SchemaModule<Type>;
