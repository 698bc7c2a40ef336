import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsKonbini as Type } from "./types/payment_method_options_konbini.js";

export type { PaymentMethodOptionsKonbini } from "./types/payment_method_options_konbini.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsKonbini };
