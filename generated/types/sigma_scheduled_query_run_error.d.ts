/** @schema `sigma_scheduled_query_run_error` */
export type SigmaScheduledQueryRunError = {
  /**
   * Information about the run failure.
   *
   * @maxLength 5000
   */
  message: string;
};
