import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceThresholdReason as self } from "./types/invoice_threshold_reason.js";

export type InvoiceThresholdReason = self;
export declare const InvoiceThresholdReason: SchemaModule<self>;
