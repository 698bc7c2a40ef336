import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodKonbini as Type } from "./types/payment_method_konbini.js";

export type { PaymentMethodKonbini } from "./types/payment_method_konbini.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodKonbini };
