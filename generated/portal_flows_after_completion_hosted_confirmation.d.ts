import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsAfterCompletionHostedConfirmation as Type } from "./types/portal_flows_after_completion_hosted_confirmation.js";

export type { PortalFlowsAfterCompletionHostedConfirmation } from "./types/portal_flows_after_completion_hosted_confirmation.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFlowsAfterCompletionHostedConfirmation };
