import type { SchemaModule } from "./runtime/schema.js";
import type { RefundNextAction as Type } from "./types/refund_next_action.js";

export type { RefundNextAction } from "./types/refund_next_action.js";
declare const schema: SchemaModule<Type>;
export { schema as RefundNextAction };
