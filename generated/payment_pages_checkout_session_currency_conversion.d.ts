import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCurrencyConversion as Type } from "./types/payment_pages_checkout_session_currency_conversion.js";

export type PaymentPagesCheckoutSessionCurrencyConversion = Type;
export declare const PaymentPagesCheckoutSessionCurrencyConversion: SchemaModule<Type>;
