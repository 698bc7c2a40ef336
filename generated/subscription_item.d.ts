import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionItem as Type } from "./types/subscription_item.js";

export type { SubscriptionItem } from "./types/subscription_item.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionItem };
