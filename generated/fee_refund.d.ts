import type { SchemaModule } from "./runtime/schema.js";
import type { FeeRefund as Type } from "./types/fee_refund.js";

export type FeeRefund = Type;
export declare const FeeRefund: SchemaModule<Type>;
