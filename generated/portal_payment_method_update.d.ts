import type { SchemaModule } from "./runtime/schema.js";
import type { PortalPaymentMethodUpdate as Type } from "./types/portal_payment_method_update.js";

export type PortalPaymentMethodUpdate = Type;
export declare const PortalPaymentMethodUpdate: SchemaModule<Type>;
