import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionAutomaticTax as Type } from "./types/subscription_automatic_tax.js";

export type SubscriptionAutomaticTax = Type;
export declare const SubscriptionAutomaticTax: SchemaModule<Type>;
