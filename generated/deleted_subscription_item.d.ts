import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedSubscriptionItem as Type } from "./types/deleted_subscription_item.js";

export type DeletedSubscriptionItem = Type;
export declare const DeletedSubscriptionItem: SchemaModule<Type>;
