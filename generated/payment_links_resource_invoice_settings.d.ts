import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceInvoiceSettings as self } from "./types/payment_links_resource_invoice_settings.js";

export type PaymentLinksResourceInvoiceSettings = self;
export declare const PaymentLinksResourceInvoiceSettings: SchemaModule<self>;
