import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsKonbiniStore as Type } from "./types/payment_method_details_konbini_store.js";

export type PaymentMethodDetailsKonbiniStore = Type;
export declare const PaymentMethodDetailsKonbiniStore: SchemaModule<Type>;
