import type { SchemaModule } from "./runtime/schema.js";
import type { PortalInvoiceList as Type } from "./types/portal_invoice_list.js";

export type { PortalInvoiceList } from "./types/portal_invoice_list.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalInvoiceList };
