import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionTransferData as self } from "./types/subscription_transfer_data.js";

export type SubscriptionTransferData = self;
export declare const SubscriptionTransferData: SchemaModule<self>;
