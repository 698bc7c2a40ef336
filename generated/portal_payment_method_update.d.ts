import type { SchemaModule } from "./runtime/schema.js";
import type { PortalPaymentMethodUpdate as Type } from "./types/portal_payment_method_update.js";

export type { PortalPaymentMethodUpdate } from "./types/portal_payment_method_update.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalPaymentMethodUpdate };
