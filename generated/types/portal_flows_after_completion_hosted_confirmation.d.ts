/** @schema `portal_flows_after_completion_hosted_confirmation` */
export type PortalFlowsAfterCompletionHostedConfirmation = {
  /**
   * A custom message to display to the customer after the flow is completed.
   *
   * @maxLength 5000
   */
  custom_message?: string | null;
};
