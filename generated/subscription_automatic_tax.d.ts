import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionAutomaticTax as self } from "./types/subscription_automatic_tax.js";

export type SubscriptionAutomaticTax = self;
export declare const SubscriptionAutomaticTax: SchemaModule<self>;
