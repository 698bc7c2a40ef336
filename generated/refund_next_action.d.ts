import type { SchemaModule } from "./runtime/schema.js";
import type { RefundNextAction as Type } from "./types/refund_next_action.js";

export type RefundNextAction = Type;
export declare const RefundNextAction: SchemaModule<Type>;
