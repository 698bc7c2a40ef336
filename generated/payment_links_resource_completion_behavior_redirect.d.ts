import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCompletionBehaviorRedirect as Type } from "./types/payment_links_resource_completion_behavior_redirect.js";

export type PaymentLinksResourceCompletionBehaviorRedirect = Type;
export declare const PaymentLinksResourceCompletionBehaviorRedirect: SchemaModule<Type>;
