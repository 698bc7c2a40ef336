import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceMandateOptionsCard as Type } from "./types/invoice_mandate_options_card.js";

export type { InvoiceMandateOptionsCard } from "./types/invoice_mandate_options_card.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceMandateOptionsCard };
