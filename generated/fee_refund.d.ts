import type { SchemaModule } from "./runtime/schema.js";
import type { FeeRefund as Type } from "./types/fee_refund.js";

export type { FeeRefund } from "./types/fee_refund.js";
declare const schema: SchemaModule<Type>;
export { schema as FeeRefund };
