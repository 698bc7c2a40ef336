/** @schema `email_sent` */
export type EmailSent = {
  /**
   * The timestamp when the email was sent.
   *
   * @format unix-time
   */
  email_sent_at: number;
  /**
   * The recipient's email address.
   *
   * @maxLength 5000
   */
  email_sent_to: string;
};
