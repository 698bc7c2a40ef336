import type { SchemaModule } from "./runtime/schema.js";
import type { PortalLoginPage as Type } from "./types/portal_login_page.js";

export type { PortalLoginPage } from "./types/portal_login_page.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalLoginPage };
