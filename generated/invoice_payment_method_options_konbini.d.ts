import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsKonbini as Type } from "./types/invoice_payment_method_options_konbini.js";

export type { InvoicePaymentMethodOptionsKonbini } from "./types/invoice_payment_method_options_konbini.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicePaymentMethodOptionsKonbini };
