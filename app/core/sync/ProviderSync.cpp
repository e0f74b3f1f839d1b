#include "ProviderSync.h"

#include "../store/Database.h"
#include "../store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace keyturn {

namespace {

KeyState stateFor(const ProviderKey &key, int newestActiveVersion)
{
    if (key.status != QLatin1String("active"))
        return KeyState::Revoked;
    return key.version == newestActiveVersion ? KeyState::Current : KeyState::Previous;
}
} // namespace

ProviderSync::ProviderSync(WorkspaceStore &store, ProviderClient &provider, QObject *parent)
    : QObject(parent), m_store(store), m_provider(provider)
{}

void ProviderSync::run(std::function<void(Result<SyncReport>)> done)
{
    m_provider.listUsers([this, done](NetResult<QList<ProviderUser>> users) {
        if (!users)
            return done(Error{tr("sync stopped, the inventory is unchanged: %1").arg(users.error().toString())});
        m_provider.listKeys(QString(), [this, done, users = users.value()](NetResult<QList<ProviderKey>> keys) {
            if (!keys)
                return done(Error{tr("sync stopped, the inventory is unchanged: %1").arg(keys.error().toString())});
            done(apply(users, keys.value()));
        });
    });
}

Result<SyncReport> ProviderSync::apply(const QList<ProviderUser> &users, const QList<ProviderKey> &keys)
{
    SyncReport report;
    report.users = int(users.size());
    report.keys = int(keys.size());
    Database &db = m_store.database();
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto failed = [](const QString &message) {
        return Error{tr("sync failed and was rolled back, the inventory is unchanged: %1").arg(message)};
    };

    // consumers
    auto before = m_store.consumers();
    if (!before)
        return failed(before.errorMessage());
    QHash<QString, Consumer> known;
    for (const Consumer &c : *before)
        known.insert(c.externalId, c);
    QHash<QString, qint64> consumerIds;
    QHash<QString, QString> userNames;
    for (const ProviderUser &u : users) {
        Consumer c;
        c.externalId = u.id;
        c.name = u.name;
        c.contactEmail = u.email;
        c.integrationPattern = u.integrationPattern.isEmpty() ? QStringLiteral("rest") : u.integrationPattern;
        const auto it = known.constFind(u.id);
        const bool isNew = it == known.constEnd();
        const bool changed = !isNew && (it->name != c.name || it->contactEmail != c.contactEmail ||
                                        it->integrationPattern != c.integrationPattern);
        auto id = m_store.upsertConsumer(c);
        if (!id)
            return failed(id.errorMessage());
        consumerIds.insert(u.id, *id);
        userNames.insert(u.id, u.name);
        report.consumersAdded += isNew ? 1 : 0;
        report.consumersUpdated += changed ? 1 : 0;
    }

    // keys, grouped into credentials by (user, name)
    QMap<QString, QList<ProviderKey>> groups;
    for (const ProviderKey &k : keys)
        groups[k.userId + QLatin1Char('\x1f') + k.name].append(k);
    for (auto g = groups.begin(); g != groups.end(); ++g) {
        QList<ProviderKey> &versions = g.value();
        std::sort(versions.begin(), versions.end(),
                  [](const ProviderKey &a, const ProviderKey &b) { return a.version < b.version; });
        const ProviderKey &first = versions.first();
        const QString ref = QStringLiteral("%1:%2:%3").arg(m_provider.providerName(), first.userId, first.name);
        int newestActive = 0;
        for (const ProviderKey &k : versions) {
            if (k.status == QLatin1String("active"))
                newestActive = std::max(newestActive, k.version);
        }

        auto existing = m_store.credentialByExternalRef(ref);
        if (!existing)
            return failed(existing.errorMessage());
        qint64 credentialId = 0;
        if (existing->has_value()) {
            credentialId = (*existing)->id;
        } else {
            Credential c;
            c.name = first.name;
            if (m_store.findCredential(c.name).ok())
                c.name = QStringLiteral("%1@%2").arg(first.name, first.userId);
            c.kind = CredentialKind::Issued;
            c.provider = m_provider.providerName();
            c.environment = first.environment.isEmpty() ? QStringLiteral("production") : first.environment;
            c.owner = userNames.value(first.userId);
            c.providerApi = QStringLiteral("/admin/keys");
            c.rotationIntervalDays = m_defaultIntervalDays;
            c.gracePeriodSeconds = 30 * 86400;
            c.supportsDualKey = m_provider.supportsDualKey();
            c.criticality =
                c.environment == QLatin1String("production") ? QStringLiteral("medium") : QStringLiteral("low");
            if (consumerIds.contains(first.userId))
                c.consumerId = consumerIds.value(first.userId);
            c.externalRef = ref;
            auto id = m_store.createCredential(c);
            if (!id)
                return failed(id.errorMessage());
            credentialId = *id;
            ++report.credentialsAdded;
        }

        auto stored = m_store.keyVersions(credentialId);
        if (!stored)
            return failed(stored.errorMessage());
        QHash<QString, KeyVersion> byProviderId;
        for (const KeyVersion &kv : *stored)
            byProviderId.insert(kv.providerKeyId, kv);
        // Older versions first, so the newest active one ends up current.
        for (const ProviderKey &k : versions) {
            const KeyState wanted = stateFor(k, newestActive);
            const auto it = byProviderId.constFind(k.id);
            qint64 keyVersionId = 0;
            if (it == byProviderId.constEnd()) {
                KeyVersion kv;
                kv.credentialId = credentialId;
                kv.version = k.version;
                kv.providerKeyId = k.id;
                kv.fingerprint = k.fingerprint;
                kv.prefix = k.prefix;
                kv.state = wanted;
                kv.createdAt = k.createdAt;
                kv.activatedAt = wanted == KeyState::Revoked ? QDateTime() : k.createdAt;
                kv.lastUsedAt = k.lastUsedAt;
                kv.requestCount = k.requestCount;
                kv.unauthorizedCount = k.unauthorizedCount;
                auto id = m_store.addKeyVersion(kv);
                if (!id)
                    return failed(id.errorMessage());
                keyVersionId = *id;
                ++report.keyVersionsAdded;
            } else {
                keyVersionId = it->id;
                if (it->fingerprint != k.fingerprint)
                    return failed(tr("the provider reports key %1 with fingerprint %2, but Keyturn recorded %3 for "
                                     "it: the provider's data changed under the same id")
                                      .arg(k.id, k.fingerprint, it->fingerprint));
                if (it->state != wanted) {
                    if (auto r = m_store.setKeyState(it->id, wanted); !r)
                        return failed(r.errorMessage());
                    ++report.keyStatesChanged;
                }
                auto usage = m_store.recordUsage(keyVersionId, k.lastUsedAt, k.requestCount, k.unauthorizedCount);
                if (!usage)
                    return failed(usage.errorMessage());
                report.usageUpdated += *usage ? 1 : 0;
            }
        }
    }
    if (auto r = tx.commit(); !r)
        return failed(r.errorMessage());
    return report;
}

} // namespace keyturn
