/** @schema `checkout_card_installments_options` */
export interface CheckoutCardInstallmentsOptions {
  /** Indicates if installments are enabled */
  enabled?: boolean;
}
