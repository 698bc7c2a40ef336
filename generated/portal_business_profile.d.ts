import type { SchemaModule } from "./runtime/schema.js";
import type { PortalBusinessProfile as Type } from "./types/portal_business_profile.js";

export type PortalBusinessProfile = Type;
export declare const PortalBusinessProfile: SchemaModule<Type>;
