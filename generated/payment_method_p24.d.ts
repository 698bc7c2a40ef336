import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodP24 as Type } from "./types/payment_method_p24.js";

export type { PaymentMethodP24 } from "./types/payment_method_p24.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodP24 };
