import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsAfterCompletionHostedConfirmation as Type } from "./types/portal_flows_after_completion_hosted_confirmation.js";

export type PortalFlowsAfterCompletionHostedConfirmation = Type;
export declare const PortalFlowsAfterCompletionHostedConfirmation: SchemaModule<Type>;
