import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsKonbini as Type } from "./types/invoice_payment_method_options_konbini.js";

export type InvoicePaymentMethodOptionsKonbini = Type;
export declare const InvoicePaymentMethodOptionsKonbini: SchemaModule<Type>;
