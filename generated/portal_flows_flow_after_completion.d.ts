import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlowAfterCompletion as Type } from "./types/portal_flows_flow_after_completion.js";

export type { PortalFlowsFlowAfterCompletion } from "./types/portal_flows_flow_after_completion.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFlowsFlowAfterCompletion };
