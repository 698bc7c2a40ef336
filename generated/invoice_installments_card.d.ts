import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceInstallmentsCard as self } from "./types/invoice_installments_card.js";

export type InvoiceInstallmentsCard = self;
export declare const InvoiceInstallmentsCard: SchemaModule<self>;
