import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomerDetails as Type } from "./types/payment_pages_checkout_session_customer_details.js";

export type PaymentPagesCheckoutSessionCustomerDetails = Type;
export declare const PaymentPagesCheckoutSessionCustomerDetails: SchemaModule<Type>;
