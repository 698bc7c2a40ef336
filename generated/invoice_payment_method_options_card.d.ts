import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsCard as self } from "./types/invoice_payment_method_options_card.js";

export type InvoicePaymentMethodOptionsCard = self;
export declare const InvoicePaymentMethodOptionsCard: SchemaModule<self>;
