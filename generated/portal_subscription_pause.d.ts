import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionPause as Type } from "./types/portal_subscription_pause.js";

export type { PortalSubscriptionPause } from "./types/portal_subscription_pause.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalSubscriptionPause };
