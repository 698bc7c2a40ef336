/** @schema `subscription_schedules_resource_default_settings_automatic_tax` */
export interface SubscriptionSchedulesResourceDefaultSettingsAutomaticTax {
  /** Whether Stripe automatically computes tax on invoices created during this phase. */
  enabled: boolean;
}
