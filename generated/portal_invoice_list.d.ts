import type { SchemaModule } from "./runtime/schema.js";
import type { PortalInvoiceList as Type } from "./types/portal_invoice_list.js";

export type PortalInvoiceList = Type;
export declare const PortalInvoiceList: SchemaModule<Type>;
