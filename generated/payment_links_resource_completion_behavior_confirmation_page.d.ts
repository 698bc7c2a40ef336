import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCompletionBehaviorConfirmationPage as Type } from "./types/payment_links_resource_completion_behavior_confirmation_page.js";

export type PaymentLinksResourceCompletionBehaviorConfirmationPage = Type;
export declare const PaymentLinksResourceCompletionBehaviorConfirmationPage: SchemaModule<Type>;
