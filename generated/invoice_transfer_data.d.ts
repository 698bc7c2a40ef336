import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceTransferData as Type } from "./types/invoice_transfer_data.js";

export type { InvoiceTransferData } from "./types/invoice_transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceTransferData };
