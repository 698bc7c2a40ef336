/** @schema `subscription_schedule_current_phase` */
export type SubscriptionScheduleCurrentPhase = {
  /**
   * The end of this phase of the subscription schedule.
   *
   * @format unix-time
   */
  end_date: number;
  /**
   * The start of this phase of the subscription schedule.
   *
   * @format unix-time
   */
  start_date: number;
};
