import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionTaxIdCollection as Type } from "./types/payment_pages_checkout_session_tax_id_collection.js";

export type PaymentPagesCheckoutSessionTaxIdCollection = Type;
export declare const PaymentPagesCheckoutSessionTaxIdCollection: SchemaModule<Type>;
