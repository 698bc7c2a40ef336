import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsCustomerBalance as self } from "./types/invoice_payment_method_options_customer_balance.js";

export type InvoicePaymentMethodOptionsCustomerBalance = self;
export declare const InvoicePaymentMethodOptionsCustomerBalance: SchemaModule<self>;
