/** @schema `schedules_phase_automatic_tax` */
export type SchedulesPhaseAutomaticTax = {
  /** Whether Stripe automatically computes tax on invoices created during this phase. */
  enabled: boolean;
};
