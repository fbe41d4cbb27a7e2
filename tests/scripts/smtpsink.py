#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A real SMTP server for the email tests (Debian's python3-aiosmtpd) on loopback.

Each accepted message is written to DIR as N.eml (the bytes as received) and N.json: the envelope
and what Python's own email parser makes of it (decoded headers, each part's type, charset and
decoded text, parser defects), so the C++ tests check the message with a parser that is not ours.

  smtpsink.py DIR PORT [--stop-after N] [--auth USER:PASSWORD] [--starttls CERT KEY] [--smtps CERT KEY]

Prints "ready" once listening. --stop-after N: after the Nth message has been stored and its 250
sent, the server stops (a relay going away mid-queue). --starttls: the relay insists on STARTTLS;
--smtps: TLS from the first byte (implicit TLS, port 465 style).
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def describe(raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    parts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        parts.append({
            "contentType": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transferEncoding": part.get("Content-Transfer-Encoding", ""),
            "text": part.get_content(),
        })
    headers = {}
    for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "List-Unsubscribe",
                 "List-Unsubscribe-Post", "Content-Type"):
        value = message.get(name)
        if value is not None:
            headers[name] = str(value)
    return {
        "headers": headers,
        "headerNames": [name for name, _ in message.items()],
        "contentType": message.get_content_type(),
        "parts": parts,
        "defects": [str(d) for d in message.defects] + [str(d) for p in message.walk() for d in p.defects],
        "longestLine": max((len(line) for line in raw.split(b"\r\n")), default=0),
    }


class Sink:
    def __init__(self, folder, stop_after, stop):
        self.folder = folder
        self.count = len([f for f in os.listdir(folder) if f.endswith(".eml")])
        self.accepted = 0
        self.stop_after = stop_after
        self.stop = stop

    async def handle_DATA(self, server, session, envelope):
        if self.stop_after and self.accepted >= self.stop_after:
            # Going away: refuse (transient) rather than store anything after the Nth message.
            return "421 4.3.2 Service shutting down"
        self.count += 1
        name = os.path.join(self.folder, "%06d" % self.count)
        raw = envelope.original_content or envelope.content
        with open(name + ".eml.tmp", "wb") as f:
            f.write(raw)
        summary = describe(raw)
        summary["mailFrom"] = envelope.mail_from
        summary["rcptTos"] = envelope.rcpt_tos
        summary["auth"] = getattr(session, "authenticated", False)
        # STARTTLS sets session.ssl; with implicit TLS the transport itself is the TLS one.
        summary["tls"] = session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None
        with open(name + ".json", "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False)
        os.rename(name + ".eml.tmp", name + ".eml")
        self.accepted += 1
        if self.stop_after and self.accepted >= self.stop_after:
            asyncio.get_event_loop().call_later(0.05, self.stop.set)
        return "250 OK stored"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("port", type=int)
    parser.add_argument("--stop-after", type=int, default=0)
    parser.add_argument("--auth", default="")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--smtps", nargs=2, metavar=("CERT", "KEY"))
    args = parser.parse_args()

    import threading
    stop = threading.Event()
    user, _, password = args.auth.partition(":")

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
            and auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False)

    class Event:
        def set(self):
            stop.set()

    handler = Sink(args.folder, args.stop_after, Event())
    kwargs = {}
    if args.auth:
        # Loopback only: AUTH without TLS is allowed here so the test can check the login.
        kwargs = {"authenticator": authenticator, "auth_require_tls": False, "auth_required": True}
    controller_kwargs = {}
    if args.starttls or args.smtps:
        import ssl
        cert, key = args.starttls or args.smtps
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        if args.starttls:
            kwargs.update({"tls_context": context, "require_starttls": True})
        else:
            controller_kwargs["ssl_context"] = context
    controller = Controller(handler, hostname="127.0.0.1", port=args.port, **controller_kwargs, **kwargs)
    controller.start()
    print("ready", flush=True)
    try:
        while not stop.wait(0.05):
            pass
    except KeyboardInterrupt:
        pass
    controller.stop()


if __name__ == "__main__":
    sys.exit(main())
