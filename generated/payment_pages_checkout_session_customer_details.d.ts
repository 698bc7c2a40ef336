import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomerDetails as self } from "./types/payment_pages_checkout_session_customer_details.js";

export type PaymentPagesCheckoutSessionCustomerDetails = self;
export declare const PaymentPagesCheckoutSessionCustomerDetails: SchemaModule<self>;
