import type { BankAccount } from "./bank_account.js";
import type { Card } from "./card.js";
/** @see Spec schema `external_account` */
export type ExternalAccount = BankAccount | Card;
