import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsRetention as Type } from "./types/portal_flows_retention.js";

export type { PortalFlowsRetention } from "./types/portal_flows_retention.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFlowsRetention };
