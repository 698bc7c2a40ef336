import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomerDetails as Type } from "./types/payment_pages_checkout_session_customer_details.js";

export type { PaymentPagesCheckoutSessionCustomerDetails } from "./types/payment_pages_checkout_session_customer_details.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionCustomerDetails };
