import type { SchemaModule } from "./runtime/api.js";
import type { PortalPaymentMethodUpdate as self } from "./types/portal_payment_method_update.js";

export type PortalPaymentMethodUpdate = self;
export declare const PortalPaymentMethodUpdate: SchemaModule<self>;
