/** @schema `portal_payment_method_update` */
export type PortalPaymentMethodUpdate = {
  /** Whether the feature is enabled. */
  enabled: boolean;
};
