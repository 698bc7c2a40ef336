import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceInvoiceSettings as Type } from "./types/payment_links_resource_invoice_settings.js";

export type PaymentLinksResourceInvoiceSettings = Type;
export declare const PaymentLinksResourceInvoiceSettings: SchemaModule<Type>;
