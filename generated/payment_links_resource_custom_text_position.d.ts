import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomTextPosition as Type } from "./types/payment_links_resource_custom_text_position.js";

export type PaymentLinksResourceCustomTextPosition = Type;
export declare const PaymentLinksResourceCustomTextPosition: SchemaModule<Type>;
