#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>

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

    friend bool operator==(const AuditEvent &, const AuditEvent &) = default;
};

/// A stored event as the bytes the database holds (text as UTF-8): what verification and export read without building
/// an AuditEvent per row. The views stay valid until the reader that produced them moves on.
struct AuditEventView
{
    qint64 id = 0;
    qint64 atMs = 0; ///< ms since the epoch, UTC
    bool hasKeyVersion = false;
    qint64 keyVersion = 0;
    QByteArrayView actor;
    QByteArrayView action;
    QByteArrayView targetType;
    QByteArrayView targetId;
    QByteArrayView oldFingerprint;
    QByteArrayView newFingerprint;
    QByteArrayView details;
    QByteArrayView prevHash;
    QByteArrayView hash;
};

/// The hash of the event before the first one.
QByteArray genesisHash();

/// Compact, key-sorted JSON of `details` as the log stores it.
QByteArray canonicalDetails(const QJsonObject &details);

/// The bytes that are hashed: a JSON object of every field but the hashes, keys in byte order, no white space,
/// strings escaped minimally (", \, and control characters), times as ISO 8601 UTC with milliseconds, the stored
/// details text verbatim. Anyone can recompute it from an export.
QByteArray canonicalJson(const AuditEvent &event);
/// The same bytes, appended to `out` (no allocation once `out` has grown to the size of an event).
void appendCanonicalJson(std::string &out, const AuditEventView &event);

/// A JSON string of UTF-8 `text`, escaped as canonicalJson() escapes strings, appended to `out`.
void appendJsonString(std::string &out, QByteArrayView text);

/// SHA-256(prev_hash ‖ canonical JSON), hex.
QByteArray chainHash(const QByteArray &prevHash, const QByteArray &canonical);

/// ISO 8601 UTC with milliseconds: 2026-11-24T17:20:00.000Z.
QString isoUtc(const QDateTime &when);
/// The same text for a stored time (ms since the epoch), appended to `out`.
void appendIsoUtc(std::string &out, qint64 msSinceEpoch);

/// An AuditEvent holding copies of the view's values.
AuditEvent toAuditEvent(const AuditEventView &view);

} // namespace keyturn
