/** @schema `checkout_card_installments_options` */
export type CheckoutCardInstallmentsOptions = {
  /** Indicates if installments are enabled */
  enabled?: boolean;
};
