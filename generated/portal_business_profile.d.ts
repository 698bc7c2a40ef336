import type { SchemaModule } from "./runtime/api.js";
import type { PortalBusinessProfile as self } from "./types/portal_business_profile.js";

export type PortalBusinessProfile = self;
export declare const PortalBusinessProfile: SchemaModule<self>;
