import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodSofort as Type } from "./types/payment_method_sofort.js";

export type { PaymentMethodSofort } from "./types/payment_method_sofort.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodSofort };
