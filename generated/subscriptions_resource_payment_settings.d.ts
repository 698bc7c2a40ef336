import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsResourcePaymentSettings as Type } from "./types/subscriptions_resource_payment_settings.js";

export type { SubscriptionsResourcePaymentSettings } from "./types/subscriptions_resource_payment_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionsResourcePaymentSettings };
