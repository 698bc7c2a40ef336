import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCurrencyConversion as Type } from "./types/payment_pages_checkout_session_currency_conversion.js";

export type { PaymentPagesCheckoutSessionCurrencyConversion } from "./types/payment_pages_checkout_session_currency_conversion.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionCurrencyConversion };
