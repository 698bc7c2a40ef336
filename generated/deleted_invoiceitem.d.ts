import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedInvoiceitem as Type } from "./types/deleted_invoiceitem.js";

export type DeletedInvoiceitem = Type;
export declare const DeletedInvoiceitem: SchemaModule<Type>;
