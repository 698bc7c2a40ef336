import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCompletionBehaviorRedirect as self } from "./types/payment_links_resource_completion_behavior_redirect.js";

export type PaymentLinksResourceCompletionBehaviorRedirect = self;
export declare const PaymentLinksResourceCompletionBehaviorRedirect: SchemaModule<self>;
