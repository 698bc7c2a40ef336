import type { PortalFlowsAfterCompletionHostedConfirmation } from "./portal_flows_after_completion_hosted_confirmation.js";
import type { PortalFlowsAfterCompletionRedirect } from "./portal_flows_after_completion_redirect.js";

/** @schema `portal_flows_flow_after_completion` */
export type PortalFlowsFlowAfterCompletion = {
  /** Configuration when `after_completion.type=hosted_confirmation`. */
  hosted_confirmation?: PortalFlowsAfterCompletionHostedConfirmation | null;
  /** Configuration when `after_completion.type=redirect`. */
  redirect?: PortalFlowsAfterCompletionRedirect | null;
  /** The specified type of behavior after the flow is completed. */
  type: "hosted_confirmation" | "portal_homepage" | "redirect";
};
