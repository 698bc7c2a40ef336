import type * as runtime from "./runtime/api.js";
import type { PortalFlowsSubscriptionUpdateConfirmDiscount as self } from "./types/portal_flows_subscription_update_confirm_discount.js";

export type PortalFlowsSubscriptionUpdateConfirmDiscount = self;
export declare const PortalFlowsSubscriptionUpdateConfirmDiscount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsSubscriptionUpdateConfirmDiscount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFlowsSubscriptionUpdateConfirmDiscount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsSubscriptionUpdateConfirmDiscount: runtime.Check;
