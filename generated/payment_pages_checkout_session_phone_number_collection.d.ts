import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionPhoneNumberCollection as self } from "./types/payment_pages_checkout_session_phone_number_collection.js";

export type PaymentPagesCheckoutSessionPhoneNumberCollection = self;
export declare const PaymentPagesCheckoutSessionPhoneNumberCollection: SchemaModule<self>;
