#pragma once

#include <QByteArray>
#include <QString>

namespace keyturn {

/// "sha256:" followed by the first 16 hex digits of SHA-256 over the key's bytes.
QString fingerprintOf(const QByteArray &keyBytes);

/// True for a well-formed stored fingerprint ("sha256:" + 16 lower-case hex digits).
bool isValidFingerprint(const QString &fingerprint);

/// A fingerprint grouped for reading aloud, e.g. "sha256:3f2a 91c0 77de 0b15".
QString displayFingerprint(const QString &fingerprint);

/// Hex SHA-256 of the given bytes (64 lower-case digits).
QByteArray sha256Hex(const QByteArray &bytes);

} // namespace keyturn
