import type { File } from "./file.js";
import type { SigmaScheduledQueryRunError } from "./sigma_scheduled_query_run_error.js";

/**
 * If you have [scheduled a Sigma query](https://stripe.com/docs/sigma/scheduled-queries), you'll
 * receive a `sigma.scheduled_query_run.created` webhook each time the query
 * runs. The webhook contains a `ScheduledQueryRun` object, which you can use to
 * retrieve the query results.
 *
 * @schema `scheduled_query_run`
 */
export type ScheduledQueryRun = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * When the query was run, Sigma contained a snapshot of your Stripe data at this time.
   *
   * @format unix-time
   */
  data_load_time: number;
  error?: SigmaScheduledQueryRunError;
  /** The file object representing the results of the query. */
  file?: File | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "scheduled_query_run";
  /**
   * Time at which the result expires and is no longer available for download.
   *
   * @format unix-time
   */
  result_available_until: number;
  /**
   * SQL for the query.
   *
   * @maxLength 100000
   */
  sql: string;
  /**
   * The query's execution status, which will be `completed` for successful runs, and `canceled`, `failed`, or `timed_out` otherwise.
   *
   * @maxLength 5000
   */
  status: string;
  /**
   * Title of the query.
   *
   * @maxLength 5000
   */
  title: string;
};
