import type { SchemaModule } from "./runtime/schema.js";
import type { ConnectEmbeddedAccountSessionCreateComponents as Type } from "./types/connect_embedded_account_session_create_components.js";

export type { ConnectEmbeddedAccountSessionCreateComponents } from "./types/connect_embedded_account_session_create_components.js";
declare const schema: SchemaModule<Type>;
export { schema as ConnectEmbeddedAccountSessionCreateComponents };
