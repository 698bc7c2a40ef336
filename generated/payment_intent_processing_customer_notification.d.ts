import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentProcessingCustomerNotification as Type } from "./types/payment_intent_processing_customer_notification.js";

export type { PaymentIntentProcessingCustomerNotification } from "./types/payment_intent_processing_customer_notification.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentProcessingCustomerNotification };
