import type { SchemaModule } from "./runtime/schema.js";
import type { PortalCustomerUpdate as Type } from "./types/portal_customer_update.js";

export type { PortalCustomerUpdate } from "./types/portal_customer_update.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalCustomerUpdate };
