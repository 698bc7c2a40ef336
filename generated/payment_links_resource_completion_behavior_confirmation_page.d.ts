import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCompletionBehaviorConfirmationPage as Type } from "./types/payment_links_resource_completion_behavior_confirmation_page.js";

export type { PaymentLinksResourceCompletionBehaviorConfirmationPage } from "./types/payment_links_resource_completion_behavior_confirmation_page.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCompletionBehaviorConfirmationPage };
