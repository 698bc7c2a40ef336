import type { SchemaModule } from "./runtime/api.js";
import type { EmailSent as self } from "./types/email_sent.js";

export type EmailSent = self;
export declare const EmailSent: SchemaModule<self>;
