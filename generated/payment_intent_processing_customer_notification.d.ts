import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentProcessingCustomerNotification as self } from "./types/payment_intent_processing_customer_notification.js";

export type PaymentIntentProcessingCustomerNotification = self;
export declare const PaymentIntentProcessingCustomerNotification: SchemaModule<self>;
