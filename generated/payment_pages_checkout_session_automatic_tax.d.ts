import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionAutomaticTax as self } from "./types/payment_pages_checkout_session_automatic_tax.js";

export type PaymentPagesCheckoutSessionAutomaticTax = self;
export declare const PaymentPagesCheckoutSessionAutomaticTax: SchemaModule<self>;
