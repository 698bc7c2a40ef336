import type { SchemaModule } from "./runtime/schema.js";
import type { RefundNextActionDisplayDetails as Type } from "./types/refund_next_action_display_details.js";

export type { RefundNextActionDisplayDetails } from "./types/refund_next_action_display_details.js";
declare const schema: SchemaModule<Type>;
export { schema as RefundNextActionDisplayDetails };
