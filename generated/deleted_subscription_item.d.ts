import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedSubscriptionItem as Type } from "./types/deleted_subscription_item.js";

export type { DeletedSubscriptionItem } from "./types/deleted_subscription_item.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedSubscriptionItem };
