import type { SchemaModule } from "./runtime/api.js";
import type { InvoicesPaymentSettings as self } from "./types/invoices_payment_settings.js";

export type InvoicesPaymentSettings = self;
export declare const InvoicesPaymentSettings: SchemaModule<self>;
