import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsUsBankAccount as Type } from "./types/invoice_payment_method_options_us_bank_account.js";

export type { InvoicePaymentMethodOptionsUsBankAccount } from "./types/invoice_payment_method_options_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicePaymentMethodOptionsUsBankAccount };
