import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlowAfterCompletion as Type } from "./types/portal_flows_flow_after_completion.js";

export type PortalFlowsFlowAfterCompletion = Type;
export declare const PortalFlowsFlowAfterCompletion: SchemaModule<Type>;
