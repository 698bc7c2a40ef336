import type { PaymentLinksResourceCompletionBehaviorConfirmationPage } from "./payment_links_resource_completion_behavior_confirmation_page.js";
import type { PaymentLinksResourceCompletionBehaviorRedirect } from "./payment_links_resource_completion_behavior_redirect.js";

/** @schema `payment_links_resource_after_completion` */
export type PaymentLinksResourceAfterCompletion = {
  hosted_confirmation?: PaymentLinksResourceCompletionBehaviorConfirmationPage;
  redirect?: PaymentLinksResourceCompletionBehaviorRedirect;
  /** The specified behavior after the purchase is complete. */
  type: "hosted_confirmation" | "redirect";
};
