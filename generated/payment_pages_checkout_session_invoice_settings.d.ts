import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionInvoiceSettings as Type } from "./types/payment_pages_checkout_session_invoice_settings.js";

export type PaymentPagesCheckoutSessionInvoiceSettings = Type;
export declare const PaymentPagesCheckoutSessionInvoiceSettings: SchemaModule<Type>;
