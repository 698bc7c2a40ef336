import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionInvoiceCreation as Type } from "./types/payment_pages_checkout_session_invoice_creation.js";

export type PaymentPagesCheckoutSessionInvoiceCreation = Type;
export declare const PaymentPagesCheckoutSessionInvoiceCreation: SchemaModule<Type>;
