import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceInvoiceSettings as Type } from "./types/payment_links_resource_invoice_settings.js";

export type { PaymentLinksResourceInvoiceSettings } from "./types/payment_links_resource_invoice_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceInvoiceSettings };
