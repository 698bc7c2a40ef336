import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionTaxId as self } from "./types/payment_pages_checkout_session_tax_id.js";

export type PaymentPagesCheckoutSessionTaxId = self;
export declare const PaymentPagesCheckoutSessionTaxId: SchemaModule<self>;
