import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsAfterCompletionRedirect as Type } from "./types/portal_flows_after_completion_redirect.js";

export type PortalFlowsAfterCompletionRedirect = Type;
export declare const PortalFlowsAfterCompletionRedirect: SchemaModule<Type>;
