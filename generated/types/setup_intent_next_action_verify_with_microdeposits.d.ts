/** @schema `setup_intent_next_action_verify_with_microdeposits` */
export type SetupIntentNextActionVerifyWithMicrodeposits = {
  /**
   * The timestamp when the microdeposits are expected to land.
   *
   * @format unix-time
   */
  arrival_date: number;
  /**
   * The URL for the hosted verification page, which allows customers to verify their bank account.
   *
   * @maxLength 5000
   */
  hosted_verification_url: string;
  /** The type of the microdeposit sent to the customer. Used to distinguish between different verification methods. */
  microdeposit_type?: "amounts" | "descriptor_code" | null;
};
