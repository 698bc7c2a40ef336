import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsAcssDebit as Type } from "./types/invoice_payment_method_options_acss_debit.js";

export type InvoicePaymentMethodOptionsAcssDebit = Type;
export declare const InvoicePaymentMethodOptionsAcssDebit: SchemaModule<Type>;
