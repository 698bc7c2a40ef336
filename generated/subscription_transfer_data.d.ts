import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionTransferData as Type } from "./types/subscription_transfer_data.js";

export type { SubscriptionTransferData } from "./types/subscription_transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionTransferData };
