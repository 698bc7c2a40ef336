import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsUsBankAccount as self } from "./types/invoice_payment_method_options_us_bank_account.js";

export type InvoicePaymentMethodOptionsUsBankAccount = self;
export declare const InvoicePaymentMethodOptionsUsBankAccount: SchemaModule<self>;
