import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsCard as Type } from "./types/invoice_payment_method_options_card.js";

export type InvoicePaymentMethodOptionsCard = Type;
export declare const InvoicePaymentMethodOptionsCard: SchemaModule<Type>;
