import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsAcssDebitMandateOptions as self } from "./types/invoice_payment_method_options_acss_debit_mandate_options.js";

export type InvoicePaymentMethodOptionsAcssDebitMandateOptions = self;
export declare const InvoicePaymentMethodOptionsAcssDebitMandateOptions: SchemaModule<self>;
