import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionAutomaticTax as Type } from "./types/subscription_automatic_tax.js";

export type { SubscriptionAutomaticTax } from "./types/subscription_automatic_tax.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionAutomaticTax };
