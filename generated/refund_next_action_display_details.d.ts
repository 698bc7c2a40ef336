import type { SchemaModule } from "./runtime/schema.js";
import type { RefundNextActionDisplayDetails as Type } from "./types/refund_next_action_display_details.js";

export type RefundNextActionDisplayDetails = Type;
export declare const RefundNextActionDisplayDetails: SchemaModule<Type>;
