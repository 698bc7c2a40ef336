import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedInvoice as Type } from "./types/deleted_invoice.js";

export type { DeletedInvoice } from "./types/deleted_invoice.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedInvoice };
