import type { SchemaModule } from "./runtime/api.js";
import type { DeletedInvoice as self } from "./types/deleted_invoice.js";

export type DeletedInvoice = self;
export declare const DeletedInvoice: SchemaModule<self>;
