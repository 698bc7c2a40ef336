import type { SchemaModule } from "./runtime/api.js";
import type { FeeRefund as self } from "./types/fee_refund.js";

export type FeeRefund = self;
export declare const FeeRefund: SchemaModule<self>;
