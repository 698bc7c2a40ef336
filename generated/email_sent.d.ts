import type { SchemaModule } from "./runtime/schema.js";
import type { EmailSent as Type } from "./types/email_sent.js";

export type { EmailSent } from "./types/email_sent.js";
declare const schema: SchemaModule<Type>;
export { schema as EmailSent };
