#pragma once

#include "SandboxHttp.h"
#include "core/domain/Clock.h"

#include <QMap>

#include <map>

class QHttpServerRequest;
class QUrlQuery;

namespace keyturn {

/// The subset of HashiCorp Vault that Keyturn uses: KV v2 on mount "secret" (versions, check-and-set, metadata
/// with custom_metadata), capabilities-self, lookup-self and health. Paths under "readonly/" may be read but not
/// written, so a client's capability pre-check has something to refuse.
class SandboxVault
{
public:
    SandboxVault(const Clock &clock, QDateTime tokenIssuedAt);

    /// `path` is the part after /v1/secret/data/ or /v1/secret/metadata/.
    SandboxReply readData(const QString &path, const QUrlQuery &query) const;
    SandboxReply writeData(const QString &path, const QHttpServerRequest &request);
    SandboxReply readMetadata(const QString &path, const QUrlQuery &query) const;
    SandboxReply writeMetadata(const QString &path, const QHttpServerRequest &request);
    SandboxReply capabilitiesSelf(const QHttpServerRequest &request) const;
    SandboxReply lookupSelf() const;
    static SandboxReply health();

    /// Capabilities of the sandbox's token on a full path such as "secret/data/prod/x".
    static QStringList capabilitiesOf(const QString &path);

    // In-process API for the demo world and the simulated services.
    /// Writes a new version; returns its number.
    int write(const QString &path, const QJsonObject &data, const QDateTime &at);
    /// The current version's data, or nothing when the path holds no secret.
    std::optional<QJsonObject> current(const QString &path) const;
    QStringList paths() const;

private:
    struct Version
    {
        QJsonObject data;
        QDateTime createdTime;
    };
    struct Entry
    {
        QMap<int, Version> versions;
        int currentVersion = 0;
        QDateTime createdTime;
        QDateTime updatedTime;
        std::optional<QJsonObject> customMetadata;
    };

    SandboxReply listKeys(const QString &prefix) const;

    const Clock &m_clock;
    QDateTime m_tokenIssuedAt;
    std::map<QString, Entry> m_entries;
};

} // namespace keyturn
