/** @schema `payment_links_resource_completion_behavior_confirmation_page` */
export type PaymentLinksResourceCompletionBehaviorConfirmationPage = {
  /**
   * The custom message that is displayed to the customer after the purchase is complete.
   *
   * @maxLength 5000
   */
  custom_message?: string | null;
};
