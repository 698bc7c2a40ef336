import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentProcessingCustomerNotification as Type } from "./types/payment_intent_processing_customer_notification.js";

export type PaymentIntentProcessingCustomerNotification = Type;
export declare const PaymentIntentProcessingCustomerNotification: SchemaModule<Type>;
