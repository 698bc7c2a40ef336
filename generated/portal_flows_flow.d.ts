import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlow as Type } from "./types/portal_flows_flow.js";

export type { PortalFlowsFlow } from "./types/portal_flows_flow.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFlowsFlow };
