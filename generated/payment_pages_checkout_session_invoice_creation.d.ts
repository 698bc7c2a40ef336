import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionInvoiceCreation as self } from "./types/payment_pages_checkout_session_invoice_creation.js";

export type PaymentPagesCheckoutSessionInvoiceCreation = self;
export declare const PaymentPagesCheckoutSessionInvoiceCreation: SchemaModule<self>;
