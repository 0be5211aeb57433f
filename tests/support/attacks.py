"""Hostile requests against a district server: what the limit tests and bench/attack_memory.py
send (issue 12). Each costs the sender almost nothing; only a server without limits pays."""

from __future__ import annotations

import io
import select
import socket

import zstandard

MB = 1024 * 1024


def bomb(declared: int) -> bytes:
    """A zstd frame of a few KB that states (truthfully) `declared` bytes of zeros."""
    out = io.BytesIO()
    writer = zstandard.ZstdCompressor().stream_writer(out, size=declared, closefd=False)
    zeros = bytes(MB)
    for _ in range(declared // MB):
        writer.write(zeros)
    writer.flush(zstandard.FLUSH_FRAME)
    return out.getvalue()


def chunked_post(host: str, port: int, path: str, total: int) -> bytes:
    """POST `total` bytes chunked (no Content-Length), 1 MB at a time, stopping as soon as the
    server answers (or closes); the start of its answer (status line and headers)."""
    chunk = b"x" * MB
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    with socket.create_connection((host, port), timeout=300) as sock:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json"
                     "\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        sent = 0
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break  # the server has answered: stop sending
            try:
                sock.sendall(frame)
            except OSError:  # it closed its side after answering
                break
            sent += len(chunk)
        else:
            sock.sendall(b"0\r\n\r\n")
        answer = b""
        while b"\r\n\r\n" not in answer:
            part = sock.recv(65536)
            if not part:
                break
            answer += part
    return answer
