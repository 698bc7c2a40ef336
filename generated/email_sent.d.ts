import type { SchemaModule } from "./runtime/schema.js";
import type { EmailSent as Type } from "./types/email_sent.js";

export type EmailSent = Type;
export declare const EmailSent: SchemaModule<Type>;
