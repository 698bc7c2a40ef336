import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsAcssDebit as self } from "./types/invoice_payment_method_options_acss_debit.js";

export type InvoicePaymentMethodOptionsAcssDebit = self;
export declare const InvoicePaymentMethodOptionsAcssDebit: SchemaModule<self>;
