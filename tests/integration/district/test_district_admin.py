"""The administrator's commands (`python -m district ...`) and serving over TLS."""

from __future__ import annotations

import datetime
import ipaddress
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from district import admin
from district.db import Database
from district.migrations import migrate
from tests.integration.district.conftest import ThreadServer
from tests.integration.district.district_helpers import Device

ROOT = Path(__file__).resolve().parents[3]


def run(url: str, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = admin.main(["--database", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_administrator_sets_up_a_district(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert run(url, "init-district", "--kato", "551600000", "--name", "Район",
               capsys=capsys)[0] == 0
    assert run(url, "migrate", capsys=capsys)[0] == 0
    code, _, err = run(url, "init-district", "--kato", "551600000", "--name", "Район",
                       capsys=capsys)
    assert code == 2 and "already initialised" in err
    assert run(url, "add-okrug", "--kato", "551610000", "--name", "Ауыл", capsys=capsys)[0] == 0
    code, _, err = run(url, "add-okrug", "--kato", "5516", "--name", "x", capsys=capsys)
    assert code == 2 and "9 digits" in err
    code, out, _ = run(url, "add-user", "--username", "aigul", "--full-name", "Айгүл",
                       "--role", "village_specialist", "--okrug", "551610000", capsys=capsys)
    assert code == 0 and out.strip()
    code, _, err = run(url, "add-user", "--username", "b", "--full-name", "Б",
                       "--role", "village_specialist", "--okrug", "551690000", capsys=capsys)
    assert code == 2 and "unknown okrug 551690000" in err
    code, _, err = run(url, "enrolment-code", "--okrug", "551690000", capsys=capsys)
    assert code == 2 and "unknown okrug" in err
    code, out, _ = run(url, "enrolment-code", "--okrug", "551610000", "--hours", "2",
                       capsys=capsys)
    assert code == 0
    village_code = out.strip().splitlines()[-1]
    assert len(village_code) == 19
    code, out, _ = run(url, "enrolment-code", "--district", capsys=capsys)
    assert code == 0

    server = ThreadServer(url).start()
    try:
        device = Device(server.base_url)
        assert device.enrol(village_code).status_code == 200
        device.push(device.entry("persons", "p-1", {"iin": "900315400017"}))
        code, out, _ = run(url, "devices", capsys=capsys)
        assert code == 0
        header, line = out.strip().splitlines()
        assert "backlog" in header and "clock offset" in header
        assert device.device_id in line and "551610000" in line and "never" not in line
        assert run(url, "revoke-device", device.device_id, capsys=capsys)[0] == 0
        assert device.request("GET", "/v1/pull?after=0").status_code == 401
        assert "(revoked)" in run(url, "devices", capsys=capsys)[1]
        code, _, err = run(url, "revoke-device", "nope", capsys=capsys)
        assert code == 2 and "unknown device" in err
    finally:
        server.stop()


def test_the_command_runs_as_a_module(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'district.db'}"
    db = Database(url)  # a database made by hand, without init-district
    migrate(db)
    db.close()
    done = subprocess.run([sys.executable, "-m", "district", "--database", url,
                           "enrolment-code", "--district"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2 and "init-district" in done.stderr


def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "qadam-district")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "server.crt", tmp_path / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_the_server_speaks_tls_with_its_own_certificate(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", "551600000",
                       "--name", "Район"]) == 0
    cert, key = self_signed(tmp_path)
    server = ThreadServer(url, ssl_certfile=str(cert), ssl_keyfile=str(key))
    server.start(verify=str(cert))
    try:
        assert server.base_url.startswith("https://")
        db = Database(url)
        code = admin.enrolment_code(db, None, 1)
        db.close()
        device = Device(server.base_url, verify=str(cert))
        assert device.enrol(code).status_code == 200
        assert device.request("GET", "/v1/pull?after=0").status_code == 200
        # a device that pinned another certificate refuses this server
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(f"{server.base_url}/v1/health", timeout=10)
    finally:
        server.stop()
