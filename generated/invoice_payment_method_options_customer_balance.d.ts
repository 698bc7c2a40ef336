import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsCustomerBalance as Type } from "./types/invoice_payment_method_options_customer_balance.js";

export type InvoicePaymentMethodOptionsCustomerBalance = Type;
export declare const InvoicePaymentMethodOptionsCustomerBalance: SchemaModule<Type>;
