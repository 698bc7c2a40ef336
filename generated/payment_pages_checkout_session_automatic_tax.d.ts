import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionAutomaticTax as Type } from "./types/payment_pages_checkout_session_automatic_tax.js";

export type PaymentPagesCheckoutSessionAutomaticTax = Type;
export declare const PaymentPagesCheckoutSessionAutomaticTax: SchemaModule<Type>;
