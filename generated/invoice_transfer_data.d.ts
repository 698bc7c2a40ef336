import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceTransferData as Type } from "./types/invoice_transfer_data.js";

export type InvoiceTransferData = Type;
export declare const InvoiceTransferData: SchemaModule<Type>;
