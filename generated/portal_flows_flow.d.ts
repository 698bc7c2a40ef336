import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsFlow as self } from "./types/portal_flows_flow.js";

export type PortalFlowsFlow = self;
export declare const PortalFlowsFlow: SchemaModule<self>;
