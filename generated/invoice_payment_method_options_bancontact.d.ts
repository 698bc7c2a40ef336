import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsBancontact as self } from "./types/invoice_payment_method_options_bancontact.js";

export type InvoicePaymentMethodOptionsBancontact = self;
export declare const InvoicePaymentMethodOptionsBancontact: SchemaModule<self>;
