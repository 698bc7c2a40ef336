/** @schema `portal_flows_after_completion_redirect` */
export type PortalFlowsAfterCompletionRedirect = {
  /**
   * The URL the customer will be redirected to after the flow is completed.
   *
   * @maxLength 5000
   */
  return_url: string;
};
