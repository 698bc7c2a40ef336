import type { PaymentIntentProcessingCustomerNotification } from "./payment_intent_processing_customer_notification.js";

/** @schema `payment_intent_card_processing` */
export type PaymentIntentCardProcessing = {
  customer_notification?: PaymentIntentProcessingCustomerNotification;
};
