import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsBancontact as Type } from "./types/invoice_payment_method_options_bancontact.js";

export type { InvoicePaymentMethodOptionsBancontact } from "./types/invoice_payment_method_options_bancontact.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicePaymentMethodOptionsBancontact };
