import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsAfterCompletionRedirect as Type } from "./types/portal_flows_after_completion_redirect.js";

export type { PortalFlowsAfterCompletionRedirect } from "./types/portal_flows_after_completion_redirect.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFlowsAfterCompletionRedirect };
