import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCashapp as Type } from "./types/payment_method_cashapp.js";

export type { PaymentMethodCashapp } from "./types/payment_method_cashapp.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCashapp };
