import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedInvoice as Type } from "./types/deleted_invoice.js";

export type DeletedInvoice = Type;
export declare const DeletedInvoice: SchemaModule<Type>;
