#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace keyturn {

/// One entry of the append-only audit log.
struct AuditEvent
{
    qint64 id = 0; ///< position in the chain, from 1
    QDateTime at;  ///< UTC, millisecond precision
    QString actor;
    QString action;     ///< dotted verb, e.g. "credential.created", "rotation.step"
    QString targetType; ///< credential, key_version, consumer, run, notice, workspace
    QString targetId;
    std::optional<int> keyVersion;
    QString oldFingerprint;
    QString newFingerprint;
    QByteArray details = "{}"; ///< compact JSON object, keys sorted
    QByteArray prevHash;       ///< hex SHA-256 of the previous event, 64 zeros for the first
    QByteArray hash;           ///< hex SHA-256(prev_hash ‖ canonical JSON)
};

/// The hash of the event before the first one.
QByteArray genesisHash();

/// Compact, key-sorted JSON of `details` as the log stores it.
QByteArray canonicalDetails(const QJsonObject &details);

/// The bytes that are hashed: a JSON object of every field but the hashes, keys in byte order, no white space,
/// strings escaped minimally (", \, and control characters), times as ISO 8601 UTC with milliseconds, the stored
/// details text verbatim. Anyone can recompute it from an export.
QByteArray canonicalJson(const AuditEvent &event);

/// SHA-256(prev_hash ‖ canonical JSON), hex.
QByteArray chainHash(const QByteArray &prevHash, const QByteArray &canonical);

/// ISO 8601 UTC with milliseconds: 2026-11-24T17:20:00.000Z.
QString isoUtc(const QDateTime &when);

} // namespace keyturn
