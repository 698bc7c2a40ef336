import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceMandateOptionsCard as Type } from "./types/invoice_mandate_options_card.js";

export type InvoiceMandateOptionsCard = Type;
export declare const InvoiceMandateOptionsCard: SchemaModule<Type>;
