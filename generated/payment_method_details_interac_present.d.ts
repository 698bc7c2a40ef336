import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsInteracPresent as Type } from "./types/payment_method_details_interac_present.js";

export type { PaymentMethodDetailsInteracPresent } from "./types/payment_method_details_interac_present.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsInteracPresent };
