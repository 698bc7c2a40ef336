import type { SchemaModule } from "./runtime/schema.js";
import type { SourceMandateNotificationBacsDebitData as Type } from "./types/source_mandate_notification_bacs_debit_data.js";

export type SourceMandateNotificationBacsDebitData = Type;
export declare const SourceMandateNotificationBacsDebitData: SchemaModule<Type>;
