import type { SchemaModule } from "./runtime/api.js";
import type { PortalInvoiceList as self } from "./types/portal_invoice_list.js";

export type PortalInvoiceList = self;
export declare const PortalInvoiceList: SchemaModule<self>;
