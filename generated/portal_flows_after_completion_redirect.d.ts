import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsAfterCompletionRedirect as self } from "./types/portal_flows_after_completion_redirect.js";

export type PortalFlowsAfterCompletionRedirect = self;
export declare const PortalFlowsAfterCompletionRedirect: SchemaModule<self>;
