import type { SchemaModule } from "./runtime/api.js";
import type { DeletedSubscriptionItem as self } from "./types/deleted_subscription_item.js";

export type DeletedSubscriptionItem = self;
export declare const DeletedSubscriptionItem: SchemaModule<self>;
