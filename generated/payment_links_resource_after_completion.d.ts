import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceAfterCompletion as Type } from "./types/payment_links_resource_after_completion.js";

export type { PaymentLinksResourceAfterCompletion } from "./types/payment_links_resource_after_completion.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceAfterCompletion };
