import type { SchemaModule } from "./runtime/schema.js";
import type { PortalBusinessProfile as Type } from "./types/portal_business_profile.js";

export type { PortalBusinessProfile } from "./types/portal_business_profile.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalBusinessProfile };
