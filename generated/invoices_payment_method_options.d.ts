import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesPaymentMethodOptions as Type } from "./types/invoices_payment_method_options.js";

export type InvoicesPaymentMethodOptions = Type;
export declare const InvoicesPaymentMethodOptions: SchemaModule<Type>;
