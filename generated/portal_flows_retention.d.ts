import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsRetention as Type } from "./types/portal_flows_retention.js";

export type PortalFlowsRetention = Type;
export declare const PortalFlowsRetention: SchemaModule<Type>;
