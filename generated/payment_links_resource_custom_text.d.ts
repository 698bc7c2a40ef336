import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomText as Type } from "./types/payment_links_resource_custom_text.js";

export type PaymentLinksResourceCustomText = Type;
export declare const PaymentLinksResourceCustomText: SchemaModule<Type>;
