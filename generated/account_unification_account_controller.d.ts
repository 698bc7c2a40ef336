import type { SchemaModule } from "./runtime/schema.js";
import type { AccountUnificationAccountController as Type } from "./types/account_unification_account_controller.js";

export type AccountUnificationAccountController = Type;
export declare const AccountUnificationAccountController: SchemaModule<Type>;
