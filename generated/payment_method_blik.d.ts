import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodBlik as Type } from "./types/payment_method_blik.js";

export type { PaymentMethodBlik } from "./types/payment_method_blik.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodBlik };
