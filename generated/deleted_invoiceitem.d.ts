import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedInvoiceitem as Type } from "./types/deleted_invoiceitem.js";

export type { DeletedInvoiceitem } from "./types/deleted_invoiceitem.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedInvoiceitem };
