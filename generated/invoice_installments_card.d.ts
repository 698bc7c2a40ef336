import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceInstallmentsCard as Type } from "./types/invoice_installments_card.js";

export type InvoiceInstallmentsCard = Type;
export declare const InvoiceInstallmentsCard: SchemaModule<Type>;
