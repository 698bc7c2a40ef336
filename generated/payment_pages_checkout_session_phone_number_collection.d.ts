import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionPhoneNumberCollection as Type } from "./types/payment_pages_checkout_session_phone_number_collection.js";

export type PaymentPagesCheckoutSessionPhoneNumberCollection = Type;
export declare const PaymentPagesCheckoutSessionPhoneNumberCollection: SchemaModule<Type>;
