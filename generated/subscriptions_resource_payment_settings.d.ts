import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionsResourcePaymentSettings as self } from "./types/subscriptions_resource_payment_settings.js";

export type SubscriptionsResourcePaymentSettings = self;
export declare const SubscriptionsResourcePaymentSettings: SchemaModule<self>;
