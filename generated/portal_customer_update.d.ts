import type { SchemaModule } from "./runtime/api.js";
import type { PortalCustomerUpdate as self } from "./types/portal_customer_update.js";

export type PortalCustomerUpdate = self;
export declare const PortalCustomerUpdate: SchemaModule<self>;
