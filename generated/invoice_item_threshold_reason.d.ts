import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceItemThresholdReason as Type } from "./types/invoice_item_threshold_reason.js";

export type InvoiceItemThresholdReason = Type;
export declare const InvoiceItemThresholdReason: SchemaModule<Type>;
