import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceInvoiceCreation as self } from "./types/payment_links_resource_invoice_creation.js";

export type PaymentLinksResourceInvoiceCreation = self;
export declare const PaymentLinksResourceInvoiceCreation: SchemaModule<self>;
