import type { SchemaModule } from "./runtime/schema.js";
import type { ApplicationFee as Type } from "./types/application_fee.js";

export type { ApplicationFee } from "./types/application_fee.js";
declare const schema: SchemaModule<Type>;
export { schema as ApplicationFee };
