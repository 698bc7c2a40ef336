import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceThresholdReason as Type } from "./types/invoice_threshold_reason.js";

export type InvoiceThresholdReason = Type;
export declare const InvoiceThresholdReason: SchemaModule<Type>;
