import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsCustomerBalance as Type } from "./types/invoice_payment_method_options_customer_balance.js";

export type { InvoicePaymentMethodOptionsCustomerBalance } from "./types/invoice_payment_method_options_customer_balance.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicePaymentMethodOptionsCustomerBalance };
