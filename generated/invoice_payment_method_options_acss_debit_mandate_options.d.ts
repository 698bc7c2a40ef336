import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsAcssDebitMandateOptions as Type } from "./types/invoice_payment_method_options_acss_debit_mandate_options.js";

export type InvoicePaymentMethodOptionsAcssDebitMandateOptions = Type;
export declare const InvoicePaymentMethodOptionsAcssDebitMandateOptions: SchemaModule<Type>;
