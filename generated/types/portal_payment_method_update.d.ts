/** @schema `portal_payment_method_update` */
export interface PortalPaymentMethodUpdate {
  /** Whether the feature is enabled. */
  enabled: boolean;
}
