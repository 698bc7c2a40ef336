import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceInstallmentsCard as Type } from "./types/invoice_installments_card.js";

export type { InvoiceInstallmentsCard } from "./types/invoice_installments_card.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceInstallmentsCard };
