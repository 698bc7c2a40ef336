import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceThresholdReason as Type } from "./types/invoice_threshold_reason.js";

export type { InvoiceThresholdReason } from "./types/invoice_threshold_reason.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceThresholdReason };
