/** @schema `account_dashboard_settings` */
export type AccountDashboardSettings = {
  /**
   * The display name for this account. This is used on the Stripe Dashboard to differentiate between accounts.
   *
   * @maxLength 5000
   */
  display_name?: string | null;
  /**
   * The timezone used in the Stripe Dashboard for this account. A list of possible time zone values is maintained at the [IANA Time Zone Database](http://www.iana.org/time-zones).
   *
   * @maxLength 5000
   */
  timezone?: string | null;
};
