import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCurrencyConversion as self } from "./types/payment_pages_checkout_session_currency_conversion.js";

export type PaymentPagesCheckoutSessionCurrencyConversion = self;
export declare const PaymentPagesCheckoutSessionCurrencyConversion: SchemaModule<self>;
