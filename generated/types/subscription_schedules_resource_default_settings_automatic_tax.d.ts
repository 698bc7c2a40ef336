/** @schema `subscription_schedules_resource_default_settings_automatic_tax` */
export type SubscriptionSchedulesResourceDefaultSettingsAutomaticTax = {
  /** Whether Stripe automatically computes tax on invoices created during this phase. */
  enabled: boolean;
};
