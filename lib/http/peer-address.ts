import http from "node:http";

/**
 * Next.js (16) gives route handlers and server actions no socket address: `request.ip` is gone, and
 * `next start` sets X-Forwarded-For to the peer only when the client sent none, so a forged header
 * passes through unchanged. The server's own request event is the one place that still sees the
 * socket: every incoming request gets the peer's address under this name, overwriting whatever a
 * client sent under it. Installed by instrumentation.ts, in the server process, before any request.
 */
export const peerAddressHeader = "x-wspolnie-peer-address";

const installed = Symbol.for("wspolnie.peerAddress");

export function stampPeerAddresses() {
  const prototype = http.Server.prototype as http.Server & { [installed]?: boolean };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[peerAddressHeader] = request.socket.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
