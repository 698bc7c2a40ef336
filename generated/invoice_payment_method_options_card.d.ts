import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsCard as Type } from "./types/invoice_payment_method_options_card.js";

export type { InvoicePaymentMethodOptionsCard } from "./types/invoice_payment_method_options_card.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicePaymentMethodOptionsCard };
