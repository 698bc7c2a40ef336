import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceInvoiceCreation as Type } from "./types/payment_links_resource_invoice_creation.js";

export type PaymentLinksResourceInvoiceCreation = Type;
export declare const PaymentLinksResourceInvoiceCreation: SchemaModule<Type>;
