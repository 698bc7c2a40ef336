import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionInvoiceSettings as self } from "./types/payment_pages_checkout_session_invoice_settings.js";

export type PaymentPagesCheckoutSessionInvoiceSettings = self;
export declare const PaymentPagesCheckoutSessionInvoiceSettings: SchemaModule<self>;
