import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlow as Type } from "./types/portal_flows_flow.js";

export type PortalFlowsFlow = Type;
export declare const PortalFlowsFlow: SchemaModule<Type>;
