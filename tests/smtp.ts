/**
 * A real SMTP server in the test process (smtp-server), keeping every message it accepts parsed
 * by mailparser. `failWith(code)` makes it answer each message with that SMTP code (421: try
 * later, 550: refused); `close()` stops it (a server that is down).
 *
 *   const smtp = await startSmtpSink();
 *   ... deliverOutbox(db, { settings: { smtpUrl: smtp.url, ... } })
 *   expect(smtp.messages).toHaveLength(1);
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  url: string;
  port: number;
  messages: ParsedMail[];
  failWith(code: number | null): void;
  close(): Promise<void>;
  /** starts it again on the same port after close() */
  reopen(): Promise<void>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let failure: number | null = null;
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            if (failure) {
              const error = Object.assign(new Error(failure >= 500 ? "mailbox unavailable" : "try again later"), { responseCode: failure });
              callback(error);
              return;
            }
            messages.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
  let server = create();
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(p, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port));
    });
  const actual = await listen(port);
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    messages,
    failWith: (code) => void (failure = code),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    reopen: async () => {
      server = create();
      await listen(actual);
    },
  };
}

/** One raw header line of a received message (lower-case name), e.g. "list-unsubscribe". */
export function headerLine(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines
    .find((h) => h.key === name)
    ?.line.replace(/^[^:]+:\s*/, "")
    .replace(/\r?\n\s+/g, " ");
}
