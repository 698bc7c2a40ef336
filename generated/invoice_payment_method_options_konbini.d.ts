import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsKonbini as self } from "./types/invoice_payment_method_options_konbini.js";

export type InvoicePaymentMethodOptionsKonbini = self;
export declare const InvoicePaymentMethodOptionsKonbini: SchemaModule<self>;
