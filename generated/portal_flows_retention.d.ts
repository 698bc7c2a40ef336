import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsRetention as self } from "./types/portal_flows_retention.js";

export type PortalFlowsRetention = self;
export declare const PortalFlowsRetention: SchemaModule<self>;
