import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsKonbini as Type } from "./types/payment_method_details_konbini.js";

export type { PaymentMethodDetailsKonbini } from "./types/payment_method_details_konbini.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsKonbini };
