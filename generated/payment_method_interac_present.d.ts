import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodInteracPresent as Type } from "./types/payment_method_interac_present.js";

export type { PaymentMethodInteracPresent } from "./types/payment_method_interac_present.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodInteracPresent };
