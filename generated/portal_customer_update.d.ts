import type { SchemaModule } from "./runtime/schema.js";
import type { PortalCustomerUpdate as Type } from "./types/portal_customer_update.js";

export type PortalCustomerUpdate = Type;
export declare const PortalCustomerUpdate: SchemaModule<Type>;
