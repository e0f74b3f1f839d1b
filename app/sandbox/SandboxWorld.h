#pragma once

#include "SandboxPlatform.h"
#include "core/domain/Clock.h"
#include "core/domain/Secret.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <functional>

namespace keyturn {

class SandboxVault;
class SandboxMail;

/// A key we hold for a third-party API in the demo world: created at the simulated provider and stored in the vault.
struct SandboxHeldKey
{
    QString provider;     ///< the simulated provider's id, as in /providers/{provider}
    QString keyName;      ///< e.g. "stripe-api-key-staging"
    QString environment;  ///< production, staging or development
    QString vaultPath;    ///< KV v2 path below the mount, e.g. "staging/stripe/api-key"
    QStringList services; ///< the simulated services that read it from the vault and call the provider
};

/// What one step of the traffic simulator did.
struct SandboxTickReport
{
    int tick = 0;
    qint64 calls = 0;
    qint64 refused = 0;
    int vaultReads = 0;
    int keysCreated = 0;
    int switched = 0;

    QJsonObject toJson() const;
};

/// The demo world (consumers with issued keys, held keys at simulated providers and in the vault) and the traffic
/// simulator that moves it: consumers call the data plane with the key they use and some switch to a newer key
/// (some create one after a notice reaches them through the mail API); simulated services re-read their vault
/// entry when their cache of a few ticks expires and call their provider. Deterministic for a seed (and the same
/// requests), secret values included; only the sandbox's own tokens are random.
class SandboxWorld
{
public:
    using ProviderLookup = std::function<SandboxPlatform &(const QString &provider)>;

    SandboxWorld(SandboxPlatform &platform, ProviderLookup providers, SandboxVault &vault, const SandboxMail &mail,
                 const Clock &clock, quint32 seed);
    ~SandboxWorld();

    void buildDemo();
    SandboxTickReport tick();
    int ticks() const { return m_ticks; }
    const QList<SandboxHeldKey> &heldKeys() const { return m_heldKeys; }

    /// How the secrets of an issuer look: "" is our platform (kt_live_…/kt_test_…), others are simulated providers.
    static SandboxSecretFormat secretFormatOf(const QString &provider);
    /// The ids of the simulated providers the demo world uses.
    static QStringList demoProviders();

private:
    struct Deployment
    {
        QString userId;
        QString keyName;
        QString currentKeyId;
        bool calling = false;
        double migrateChance = 0.0;
        bool noticed = false;
    };
    struct Service
    {
        QString name;
        QString provider;
        QString vaultPath;
        int ttlTicks = 3;
        bool calling = false;
        Secret cached;
        int cacheUntil = 0;
    };

    void buildHeldKeys(const QDateTime &now);
    void buildConsumers(const QDateTime &now);
    void readNewMail();
    bool chance(double p);

    SandboxPlatform &m_platform;
    ProviderLookup m_providers;
    SandboxVault &m_vault;
    const SandboxMail &m_mail;
    const Clock &m_clock;
    QRandomGenerator m_build;
    QRandomGenerator m_traffic;
    QList<SandboxHeldKey> m_heldKeys;
    QList<Deployment> m_deployments;
    QHash<QString, QList<qsizetype>> m_deploymentsByEmail;
    QList<Service> m_services;
    qsizetype m_mailSeen = 0;
    int m_ticks = 0;
};

} // namespace keyturn
