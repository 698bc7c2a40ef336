import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionTransferData as Type } from "./types/subscription_transfer_data.js";

export type SubscriptionTransferData = Type;
export declare const SubscriptionTransferData: SchemaModule<Type>;
