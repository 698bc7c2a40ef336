import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsAfterCompletionHostedConfirmation as self } from "./types/portal_flows_after_completion_hosted_confirmation.js";

export type PortalFlowsAfterCompletionHostedConfirmation = self;
export declare const PortalFlowsAfterCompletionHostedConfirmation: SchemaModule<self>;
