import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsSofort as Type } from "./types/payment_method_details_sofort.js";

export type { PaymentMethodDetailsSofort } from "./types/payment_method_details_sofort.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsSofort };
