import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceAfterCompletion as Type } from "./types/payment_links_resource_after_completion.js";

export type PaymentLinksResourceAfterCompletion = Type;
export declare const PaymentLinksResourceAfterCompletion: SchemaModule<Type>;
