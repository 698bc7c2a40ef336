import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionTaxId as Type } from "./types/payment_pages_checkout_session_tax_id.js";

export type PaymentPagesCheckoutSessionTaxId = Type;
export declare const PaymentPagesCheckoutSessionTaxId: SchemaModule<Type>;
