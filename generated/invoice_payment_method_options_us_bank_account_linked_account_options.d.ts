import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions as self } from "./types/invoice_payment_method_options_us_bank_account_linked_account_options.js";

export type InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions = self;
export declare const InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions: SchemaModule<self>;
