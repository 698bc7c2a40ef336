import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceInvoiceCreation as Type } from "./types/payment_links_resource_invoice_creation.js";

export type { PaymentLinksResourceInvoiceCreation } from "./types/payment_links_resource_invoice_creation.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceInvoiceCreation };
