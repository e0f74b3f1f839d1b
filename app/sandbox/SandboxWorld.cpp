#include "SandboxWorld.h"

#include "core/demo/DemoCatalog.h"

#include "SandboxMail.h"
#include "SandboxVault.h"
#include "core/domain/Fingerprint.h"

#include <algorithm>

namespace keyturn {

namespace {
struct ProviderFormat
{
    const char *provider;
    const char *livePrefix;
    const char *testPrefix;
    int length;
    bool hex;
};

// The look of each issuer's secrets, close enough to the real ones that a reader recognises them.
const ProviderFormat kFormats[] = {
    {"", "kt_live_", "kt_test_", 32, false}, {"stripe", "sk_live_", "sk_test_", 32, false},
    {"adyen", "AQE", "AQE", 48, false},      {"sendgrid", "SG.", "SG.", 48, false},
    {"mailgun", "key-", "key-", 32, true},   {"postmark", "pm_", "pm_", 32, false},
    {"twilio", "SK", "SK", 32, true},        {"internal-gateway", "igw_live_", "igw_test_", 32, false},
    {"datadog", "dd", "dd", 30, true},       {"pagerduty", "pd_", "pd_", 32, false},
    {"github", "ghs_", "ghs_", 36, false},   {"algolia", "alg_", "alg_", 32, true},
    {"cloudflare", "cf_", "cf_", 40, false}, {"slack", "xoxb-", "xoxb-", 48, false},
};

const QString kConsumerActorPrefix = QStringLiteral("consumer:");
} // namespace

QJsonObject SandboxTickReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("tick"), tick},
        {QStringLiteral("calls"), calls},
        {QStringLiteral("refused"), refused},
        {QStringLiteral("vault_reads"), vaultReads},
        {QStringLiteral("keys_created"), keysCreated},
        {QStringLiteral("switched"), switched},
    };
}

SandboxWorld::SandboxWorld(SandboxPlatform &platform, ProviderLookup providers, SandboxVault &vault,
                           const SandboxMail &mail, const Clock &clock, quint32 seed)
    : m_platform(platform), m_providers(std::move(providers)), m_vault(vault), m_mail(mail), m_clock(clock),
      m_build(seed), m_traffic(seed ^ 0x7a11c0deu)
{}

SandboxWorld::~SandboxWorld() = default;

SandboxSecretFormat SandboxWorld::secretFormatOf(const QString &provider)
{
    for (const ProviderFormat &f : kFormats) {
        if (provider == QLatin1String(f.provider))
            return SandboxSecretFormat{QString::fromLatin1(f.livePrefix), QString::fromLatin1(f.testPrefix), f.length,
                                       f.hex};
    }
    return SandboxSecretFormat{QStringLiteral("sk_live_"), QStringLiteral("sk_test_"), 32, false};
}

QStringList SandboxWorld::demoProviders()
{
    QStringList out;
    for (const DemoHeldKey &t : demoHeldKeys()) {
        if (!out.contains(QLatin1String(t.providerId)))
            out << QString::fromLatin1(t.providerId);
    }
    return out;
}

void SandboxWorld::buildDemo()
{
    const QDateTime now = m_clock.now().toUTC();
    buildHeldKeys(now);
    buildConsumers(now);
}

void SandboxWorld::buildHeldKeys(const QDateTime &now)
{
    for (const DemoHeldKey &t : demoHeldKeys()) {
        const QString providerId = QString::fromLatin1(t.providerId);
        SandboxPlatform &provider = m_providers(providerId);
        const QString owner = QString::fromLatin1(t.owner);
        const SandboxUser &account = provider.addUser(SandboxUser{
            QStringLiteral("usr_%1").arg(QString::fromLatin1(sha256Hex((providerId + u':' + owner).toUtf8()).left(8))),
            owner, QStringLiteral("%1@ops.keyturn.example").arg(owner), QStringLiteral("rest")});
        for (const DemoEnvironment &env : demoEnvironments()) {
            const bool prod = qstrcmp(env.name, "production") == 0;
            const bool dev = qstrcmp(env.name, "development") == 0;
            SandboxHeldKey held;
            held.provider = providerId;
            held.keyName =
                QString::fromLatin1(t.purpose) + (prod ? QString() : QLatin1Char('-') + QLatin1String(env.shortName));
            held.environment = QString::fromLatin1(env.name);
            held.vaultPath = QStringLiteral("%1/%2").arg(QLatin1String(env.shortName), QLatin1String(t.vaultBase));
            held.services = t.usedBy;

            // Most keys are within their rotation interval; some are due, overdue or far overdue.
            const qint64 intervalHours = qint64(t.intervalDays) * 24;
            const int fate = int(m_build.bounded(100));
            qint64 ageHours;
            if (fate < 58)
                ageHours = m_build.bounded(intervalHours * 7 / 10) + 2;
            else if (fate < 70)
                ageHours = intervalHours - m_build.bounded(std::min<qint64>(t.intervalDays / 2, 13) * 24 + 1) - 1;
            else if (fate < 84)
                ageHours = intervalHours + m_build.bounded(intervalHours * 4 / 10 + 1);
            else
                ageHours = intervalHours * 16 / 10 + m_build.bounded(intervalHours + 1);
            ageHours = std::max<qint64>(ageHours, 3);
            const QDateTime since = now.addSecs(-ageHours * 3600);

            SandboxKey *current = nullptr;
            if (m_build.bounded(100) < 70) {
                // Rotated before: the previous key is in the vault's history and revoked at the provider.
                SandboxKey &old = provider.createKey(account.id, held.keyName, held.environment, 1,
                                                     since.addDays(-qint64(t.intervalDays)));
                m_vault.write(held.vaultPath,
                              QJsonObject{{QStringLiteral("key"), QString::fromLatin1(old.secret.reveal())},
                                          {QStringLiteral("key_id"), old.id}},
                              old.createdAt);
                const QDateTime revokedAt = std::min(since.addSecs(3600 + m_build.bounded(4 * 3600)), now);
                old.requestCount = m_build.bounded(qint64(500), qint64(400000));
                old.lastUsedAt = std::min(since.addSecs(m_build.bounded(1800)), revokedAt);
                current = &provider.createKey(account.id, held.keyName, held.environment, 2, since);
                provider.recordAudit(SandboxAuditEntry{since, QStringLiteral("key_rotation"), current->id,
                                                       current->name, account.id, 2, old.fingerprint,
                                                       current->fingerprint, QStringLiteral("keyturn")});
                provider.revokeKey(old.id, QStringLiteral("keyturn"), revokedAt);
            } else {
                current = &provider.createKey(account.id, held.keyName, held.environment, 1, since);
            }
            m_vault.write(held.vaultPath,
                          QJsonObject{{QStringLiteral("key"), QString::fromLatin1(current->secret.reveal())},
                                      {QStringLiteral("key_id"), current->id}},
                          current->createdAt);

            // Services of most keys are running; the others have gone quiet, so their last use is days old.
            const bool calling = m_build.bounded(100) < (prod ? 92 : dev ? 55 : 80);
            if (calling) {
                current->lastUsedAt = now.addSecs(-qint64(m_build.bounded(60, 6 * 3600)));
                current->requestCount = m_build.bounded(qint64(1000), qint64(500000));
            } else {
                current->lastUsedAt = now.addDays(-qint64(m_build.bounded(8, 80)));
                current->requestCount = m_build.bounded(qint64(10), qint64(20000));
            }
            if (current->lastUsedAt < since)
                current->lastUsedAt = since.addSecs(600);
            for (const QString &name : t.usedBy)
                m_services.append(
                    Service{name, providerId, held.vaultPath, int(m_build.bounded(2, 5)), calling, Secret(), 0});
            m_heldKeys.append(held);
        }
    }
}

void SandboxWorld::buildConsumers(const QDateTime &now)
{
    QStringList names = demoConsumerNames();
    const QStringList patterns = demoIntegrationPatterns();
    // A Fisher-Yates shuffle spelled out, so the order depends on the seed only (not on the standard library).
    for (qsizetype i = names.size() - 1; i > 0; --i)
        names.swapItemsAt(i, qsizetype(m_build.bounded(quint32(i + 1))));

    for (const QString &name : std::as_const(names)) {
        QString slug = name.toLower();
        slug.replace(QLatin1Char(' '), QLatin1Char('-'));
        const SandboxUser &user = m_platform.addUser(SandboxUser{
            QStringLiteral("usr_%1").arg(QString::fromLatin1(sha256Hex(slug.toUtf8()).left(8))), name,
            QStringLiteral("api-owner@%1.example").arg(slug), patterns.at(int(m_build.bounded(int(patterns.size()))))});
        const QDateTime joined = now.addDays(-qint64(m_build.bounded(40, 700))).addSecs(m_build.bounded(86400));
        // How quickly this consumer acts on a notice: most soon, some slowly, a few never.
        const int temper = int(m_build.bounded(100));
        const double migrateChance = temper < 55 ? 0.35 : temper < 85 ? 0.06 : 0.0;
        const bool withStaging = m_build.bounded(100) < 30;
        for (int e = 0; e < (withStaging ? 2 : 1); ++e) {
            const DemoEnvironment &env = demoEnvironments().at(e);
            const QString keyName = QStringLiteral("%1-%2").arg(slug, QLatin1String(env.shortName));
            const QString environment = QString::fromLatin1(env.name);

            const int lag = int(m_build.bounded(100));
            const qint64 wanted = lag < 75   ? m_build.bounded(qint64(1), qint64(170))
                                  : lag < 90 ? m_build.bounded(qint64(165), qint64(235))
                                             : m_build.bounded(qint64(280), qint64(420));
            const qint64 ageDays = std::min(wanted, std::max<qint64>(1, joined.daysTo(now)));
            const QDateTime since = now.addDays(-ageDays).addSecs(-qint64(m_build.bounded(3600)));
            // Some have rotated before; their earlier key is revoked.
            const bool hadEarlier = since.addDays(-30) > joined && m_build.bounded(100) < 40;

            int version = 1;
            SandboxKey *old = nullptr;
            if (hadEarlier) {
                old = &m_platform.createKey(user.id, keyName, environment, 1, joined.addSecs(600));
                version = 2;
            }
            SandboxKey &current = m_platform.createKey(user.id, keyName, environment, version, since);
            if (old) {
                // Consumers revoke their old key themselves within a couple of weeks.
                const QDateTime revokedAt = std::min(since.addDays(qint64(m_build.bounded(1, 14))), now.addSecs(-60));
                old->requestCount = m_build.bounded(qint64(100), qint64(300000));
                old->lastUsedAt = std::max(since, revokedAt.addSecs(-qint64(m_build.bounded(86400))));
                m_platform.recordAudit(SandboxAuditEntry{since, QStringLiteral("key_rotation"), current.id,
                                                         current.name, user.id, version, old->fingerprint,
                                                         current.fingerprint, kConsumerActorPrefix + user.id});
                m_platform.revokeKey(old->id, kConsumerActorPrefix + user.id, revokedAt);
            }

            const int use = int(m_build.bounded(100));
            bool calling = false;
            if (use < 75) {
                calling = true;
                current.lastUsedAt = now.addSecs(-qint64(m_build.bounded(20 * 3600)) - 30);
                current.requestCount = m_build.bounded(qint64(2000), qint64(900000));
            } else if (use < 88) {
                current.lastUsedAt = now.addDays(-qint64(m_build.bounded(8, 29)));
                current.requestCount = m_build.bounded(qint64(50), qint64(20000));
            } else if (use < 96) {
                current.lastUsedAt = now.addDays(-qint64(m_build.bounded(31, 120)));
                current.requestCount = m_build.bounded(qint64(50), qint64(20000));
            }
            if (current.lastUsedAt.isValid() && current.lastUsedAt < since)
                current.lastUsedAt = std::min(since.addSecs(3600), now);
            if (m_build.bounded(100) < 15)
                current.unauthorizedCount = m_build.bounded(1, 40);

            m_deploymentsByEmail[user.email.toLower()].append(m_deployments.size());
            m_deployments.append(Deployment{user.id, keyName, current.id, calling, migrateChance, false});
        }
    }
}

void SandboxWorld::readNewMail()
{
    const QList<SandboxMailMessage> &messages = m_mail.messages();
    for (; m_mailSeen < messages.size(); ++m_mailSeen) {
        const SandboxMailMessage &m = messages.at(m_mailSeen);
        for (const QString &recipient : m.to) {
            const QList<qsizetype> targets = m_deploymentsByEmail.value(SandboxMail::addressOf(recipient));
            // A notice that names a key concerns that key; one that names none concerns all of the consumer's.
            QList<qsizetype> named;
            for (qsizetype i : targets) {
                const QString &keyName = m_deployments.at(i).keyName;
                if (m.subject.contains(keyName) || m.textBody.contains(keyName) || m.htmlBody.contains(keyName))
                    named << i;
            }
            for (qsizetype i : named.isEmpty() ? targets : named)
                m_deployments[i].noticed = true;
        }
    }
}

bool SandboxWorld::chance(double p)
{
    return p > 0.0 && m_traffic.generateDouble() < p;
}

SandboxTickReport SandboxWorld::tick()
{
    SandboxTickReport report;
    report.tick = ++m_ticks;
    const QDateTime now = m_clock.now();
    readNewMail();

    for (Deployment &d : m_deployments) {
        const SandboxKey *current = m_platform.key(d.currentKeyId);
        const SandboxKey *newest = m_platform.newestActiveKey(d.userId, d.keyName);
        // After a notice, a consumer makes their new key themselves (in the dashboard: a rotation of their own).
        if (d.noticed && (!newest || newest == current) && chance(d.migrateChance)) {
            const SandboxKey *made = nullptr;
            if (newest) {
                made = m_platform.rotateKey(newest->id, kConsumerActorPrefix + d.userId, now);
            } else if (current) {
                SandboxKey &k =
                    m_platform.createKey(d.userId, d.keyName, current->environment, current->version + 1, now);
                m_platform.recordAudit(SandboxAuditEntry{now, QStringLiteral("key_created"), k.id, k.name, k.userId,
                                                         k.version, QString(), k.fingerprint,
                                                         kConsumerActorPrefix + d.userId});
                made = &k;
            }
            if (made) {
                ++report.keysCreated;
                d.noticed = false;
                newest = made;
            }
        }
        // Some switch to a newer key soon, some late, some only once their old key stops working.
        if (newest && newest->id != d.currentKeyId) {
            const bool broken = !current || !current->acceptsCalls(now);
            if (chance(broken ? std::max(0.5, d.migrateChance) : d.migrateChance)) {
                d.currentKeyId = newest->id;
                current = newest;
                ++report.switched;
            }
        }
        if (d.calling && current && chance(0.8)) {
            const qint64 calls = 1 + m_traffic.bounded(3);
            report.calls += calls;
            if (m_platform.call(current->secret.reveal(), calls) != SandboxPlatform::CallResult::Accepted)
                report.refused += calls;
        }
    }

    for (Service &s : m_services) {
        if (!s.calling)
            continue;
        if (s.cached.isEmpty() || m_ticks >= s.cacheUntil) {
            if (const auto entry = m_vault.current(s.vaultPath)) {
                s.cached = Secret(entry->value(QStringLiteral("key")).toString().toLatin1());
                ++report.vaultReads;
            }
            s.cacheUntil = m_ticks + s.ttlTicks;
        }
        if (s.cached.isEmpty())
            continue;
        const qint64 calls = 1 + m_traffic.bounded(3);
        report.calls += calls;
        if (m_providers(s.provider).call(s.cached.reveal(), calls) != SandboxPlatform::CallResult::Accepted) {
            report.refused += calls;
            s.cacheUntil = m_ticks; // a refused key makes the service read the vault again at the next tick
        }
    }
    return report;
}

} // namespace keyturn
