import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsFlowAfterCompletion as self } from "./types/portal_flows_flow_after_completion.js";

export type PortalFlowsFlowAfterCompletion = self;
export declare const PortalFlowsFlowAfterCompletion: SchemaModule<self>;
