import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceItemThresholdReason as self } from "./types/invoice_item_threshold_reason.js";

export type InvoiceItemThresholdReason = self;
export declare const InvoiceItemThresholdReason: SchemaModule<self>;
