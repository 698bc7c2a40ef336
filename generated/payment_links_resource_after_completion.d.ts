import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceAfterCompletion as self } from "./types/payment_links_resource_after_completion.js";

export type PaymentLinksResourceAfterCompletion = self;
export declare const PaymentLinksResourceAfterCompletion: SchemaModule<self>;
