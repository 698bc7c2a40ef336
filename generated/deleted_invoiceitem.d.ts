import type { SchemaModule } from "./runtime/api.js";
import type { DeletedInvoiceitem as self } from "./types/deleted_invoiceitem.js";

export type DeletedInvoiceitem = self;
export declare const DeletedInvoiceitem: SchemaModule<self>;
