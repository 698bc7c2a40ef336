/** @schema `ephemeral_key` */
export type EphemeralKey = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * Time at which the key will expire. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  expires: number;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "ephemeral_key";
  /**
   * The key's secret. You can use this value to make authorized requests to the Stripe API.
   *
   * @maxLength 5000
   */
  secret?: string;
};
