import type { SchemaModule } from "./runtime/api.js";
import type { RefundNextActionDisplayDetails as self } from "./types/refund_next_action_display_details.js";

export type RefundNextActionDisplayDetails = self;
export declare const RefundNextActionDisplayDetails: SchemaModule<self>;
