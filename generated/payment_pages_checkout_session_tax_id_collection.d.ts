import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionTaxIdCollection as self } from "./types/payment_pages_checkout_session_tax_id_collection.js";

export type PaymentPagesCheckoutSessionTaxIdCollection = self;
export declare const PaymentPagesCheckoutSessionTaxIdCollection: SchemaModule<self>;
