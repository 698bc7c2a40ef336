import type { SchemaModule } from "./runtime/api.js";
import type { InvoicesPaymentMethodOptions as self } from "./types/invoices_payment_method_options.js";

export type InvoicesPaymentMethodOptions = self;
export declare const InvoicesPaymentMethodOptions: SchemaModule<self>;
