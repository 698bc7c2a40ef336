import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsKonbiniStore as Type } from "./types/payment_method_details_konbini_store.js";

export type { PaymentMethodDetailsKonbiniStore } from "./types/payment_method_details_konbini_store.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsKonbiniStore };
