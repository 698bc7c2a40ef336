import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCompletionBehaviorConfirmationPage as self } from "./types/payment_links_resource_completion_behavior_confirmation_page.js";

export type PaymentLinksResourceCompletionBehaviorConfirmationPage = self;
export declare const PaymentLinksResourceCompletionBehaviorConfirmationPage: SchemaModule<self>;
