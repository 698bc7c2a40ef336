import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsInteracPresentReceipt as Type } from "./types/payment_method_details_interac_present_receipt.js";

export type { PaymentMethodDetailsInteracPresentReceipt } from "./types/payment_method_details_interac_present_receipt.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsInteracPresentReceipt };
