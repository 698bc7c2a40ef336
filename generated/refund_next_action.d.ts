import type { SchemaModule } from "./runtime/api.js";
import type { RefundNextAction as self } from "./types/refund_next_action.js";

export type RefundNextAction = self;
export declare const RefundNextAction: SchemaModule<self>;
