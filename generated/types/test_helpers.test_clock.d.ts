/**
 * A test clock enables deterministic control over objects in testmode. With a test clock, you can create
 * objects at a frozen time in the past or future, and advance to a specific future time to observe webhooks and state changes. After the clock advances,
 * you can either validate the current state of your scenario (and test your assumptions), change the current state of your scenario (and test more complex scenarios), or keep advancing forward in time.
 *
 * @schema `test_helpers.test_clock`
 */
export type TestHelpersTestClock = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * Time at which this clock is scheduled to auto delete.
   *
   * @format unix-time
   */
  deletes_after: number;
  /**
   * Time at which all objects belonging to this clock are frozen.
   *
   * @format unix-time
   */
  frozen_time: number;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /**
   * The custom name supplied at creation.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "test_helpers.test_clock";
  /** The status of the Test Clock. */
  status: "advancing" | "internal_failure" | "ready";
};
