import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsBancontact as Type } from "./types/invoice_payment_method_options_bancontact.js";

export type InvoicePaymentMethodOptionsBancontact = Type;
export declare const InvoicePaymentMethodOptionsBancontact: SchemaModule<Type>;
