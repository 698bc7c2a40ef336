import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesPaymentSettings as Type } from "./types/invoices_payment_settings.js";

export type { InvoicesPaymentSettings } from "./types/invoices_payment_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicesPaymentSettings };
