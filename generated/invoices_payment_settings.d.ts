import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesPaymentSettings as Type } from "./types/invoices_payment_settings.js";

export type InvoicesPaymentSettings = Type;
export declare const InvoicesPaymentSettings: SchemaModule<Type>;
