import type { SchemaModule } from "./runtime/schema.js";
import type { OnlineAcceptance as Type } from "./types/online_acceptance.js";

export type { OnlineAcceptance } from "./types/online_acceptance.js";
declare const schema: SchemaModule<Type>;
export { schema as OnlineAcceptance };
