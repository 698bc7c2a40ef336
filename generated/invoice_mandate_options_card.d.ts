import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceMandateOptionsCard as self } from "./types/invoice_mandate_options_card.js";

export type InvoiceMandateOptionsCard = self;
export declare const InvoiceMandateOptionsCard: SchemaModule<self>;
