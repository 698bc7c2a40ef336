import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsZip as Type } from "./types/payment_method_details_zip.js";

export type { PaymentMethodDetailsZip } from "./types/payment_method_details_zip.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsZip };
