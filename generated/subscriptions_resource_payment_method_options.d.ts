import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionsResourcePaymentMethodOptions as self } from "./types/subscriptions_resource_payment_method_options.js";

export type SubscriptionsResourcePaymentMethodOptions = self;
export declare const SubscriptionsResourcePaymentMethodOptions: SchemaModule<self>;
