#include "DemoWorld.h"

#include "../Workspace.h"
#include "../audit/AuditLog.h"
#include "../domain/Clock.h"
#include "../domain/Fingerprint.h"
#include "../net/Connections.h"
#include "../notices/CampaignNotices.h"
#include "../notices/NoticeSender.h"
#include "../notices/NoticeStore.h"
#include "../rotation/RotationEngine.h"
#include "../store/Database.h"
#include "../store/WorkspaceStore.h"
#include "DemoCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <functional>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::DemoWorld", text);
}

/// Random bytes standing in for a key: only their fingerprint is ever kept.
QByteArray fakeKey(QRandomGenerator &rng)
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

QString keyPrefix(const char *scheme, QRandomGenerator &rng)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out = QString::fromLatin1(scheme);
    for (int i = 0; i < 4; ++i)
        out += QLatin1Char(alphabet[rng.bounded(int(sizeof alphabet) - 1)]);
    return out;
}

/// One thing that happened in the demo's past, replayed at its time so the audit log reads in order.
struct Happening
{
    QDateTime at;
    int order;
    std::function<Result<void>()> apply;
};

/// Opens the demo's campaign step by step (the runs are advanced over the network) and deletes itself when done.
/// The starter and the approver act through their own stores on the workspace's database and audit log, so the
/// audit log and the four-eyes rule see them as two more engineers.
class DemoCampaignOpener : public QObject
{
public:
    using Done = std::function<void(Result<DemoCampaignSummary>)>;

    DemoCampaignOpener(Workspace &workspace, Connections &connections, Done done)
        : QObject(&workspace), m_workspace(workspace), m_connections(connections), m_done(std::move(done)),
          m_store(workspace.database(), workspace.audit(), workspace.clock(), DemoWorld::demoCampaignStarter()),
          m_notices(workspace.database(), workspace.audit(), workspace.clock(), DemoWorld::demoCampaignStarter()),
          m_campaigns(m_store, m_notices, workspace.clock()), m_engine(m_store, connections, workspace.clock()),
          m_approverStore(workspace.database(), workspace.audit(), workspace.clock(), DemoWorld::demoApprover()),
          m_approverNotices(workspace.database(), workspace.audit(), workspace.clock(), DemoWorld::demoApprover()),
          m_sender(m_approverNotices, m_approverStore, connections.mail(), workspace.clock(),
                   connections.profile().fromAddress)
    {}

    void start()
    {
        auto keys = chooseKeys();
        if (!keys)
            return finish(keys.error());
        CampaignRequest request;
        request.credentialIds = *keys;
        request.deadline = std::chrono::seconds(30 * 86400);
        request.policy = QStringLiteral("escalate");
        request.name = QCoreApplication::translate("keyturn::DemoWorld", "Production keys, %1")
                           .arg(QLocale().toString(m_workspace.clock().now().toUTC(), QStringLiteral("MMM yyyy")));
        auto runs = m_engine.startCampaign(request);
        if (!runs)
            return finish(runs.error());
        m_summary.runIds = *runs;
        if (auto run = m_store.run(runs->first()))
            m_summary.campaignId = qint64(run->data.value(QStringLiteral("campaign_id")).toDouble());
        advance(0);
    }

private:
    static constexpr int kKeys = 8;

    /// Production keys in use of consumers with different integration patterns, one key per consumer.
    Result<QList<qint64>> chooseKeys() const
    {
        auto consumers = m_workspace.store().consumers();
        if (!consumers)
            return consumers.error();
        auto inventory = m_workspace.store().inventory();
        if (!inventory)
            return inventory.error();
        QHash<qint64, Consumer> consumerById;
        for (const Consumer &c : *consumers)
            consumerById.insert(c.id, c);
        const QDateTime recent = m_workspace.clock().now().addDays(-2);
        QMap<QString, QList<InventoryRow>> byPattern;
        for (const InventoryRow &row : *inventory) {
            const Credential &c = row.credential;
            if (c.kind != CredentialKind::Issued || c.environment != QLatin1String("production") ||
                c.lifecycle != Lifecycle::Active || !c.consumerId || row.currentVersion == 0 ||
                c.externalRef.count(QLatin1Char(':')) < 2 || !row.lastUsedAt.isValid() || row.lastUsedAt < recent)
                continue;
            const Consumer consumer = consumerById.value(*c.consumerId);
            if (consumer.contactEmail.isEmpty())
                continue;
            byPattern[consumer.integrationPattern].append(row);
        }
        // consumers from all over the alphabet, the same ones for a seed
        for (QList<InventoryRow> &rows : byPattern) {
            std::sort(rows.begin(), rows.end(), [](const InventoryRow &a, const InventoryRow &b) {
                return sha256Hex(a.credential.name.toUtf8()) < sha256Hex(b.credential.name.toUtf8());
            });
        }
        QList<qint64> ids;
        QSet<qint64> taken;
        QHash<QString, int> next;
        for (bool progress = true; progress && ids.size() < kKeys;) {
            progress = false;
            for (auto it = byPattern.cbegin(); it != byPattern.cend() && ids.size() < kKeys; ++it) {
                int &i = next[it.key()];
                while (i < it.value().size() && taken.contains(*it.value().at(i).credential.consumerId))
                    ++i;
                if (i == it.value().size())
                    continue;
                const Credential &c = it.value().at(i++).credential;
                taken.insert(*c.consumerId);
                ids << c.id;
                progress = true;
            }
        }
        if (ids.isEmpty())
            return Error{QCoreApplication::translate("keyturn::DemoWorld",
                                                     "the demo found no synced production key in use to open a "
                                                     "campaign on")};
        return ids;
    }

    /// planned → notified: the pre-check reads each consumer's current key at the platform.
    void advance(int index)
    {
        if (index == m_summary.runIds.size())
            return notify();
        m_engine.advance(m_summary.runIds.at(index), [this, index](Result<RotationRunRecord> run) {
            if (!run)
                return finish(run.error());
            advance(index + 1);
        });
    }

    void notify()
    {
        NoticeSettings settings;
        settings.contact = QStringLiteral("api-platform@keyturn.example");
        settings.apiBaseUrl = m_connections.profile().platformUrl.toString();
        settings.dashboardUrl = QStringLiteral("https://dashboard.keyturn.example/keys");
        if (auto saved = m_campaigns.saveSettings(settings); !saved)
            return finish(saved.error());
        auto drafted = m_campaigns.draftDue();
        if (!drafted)
            return finish(drafted.error());
        if (!drafted->problems.isEmpty())
            return finish(Error{drafted->problems.join(QStringLiteral("; "))});
        // Two consumers were already told: their notices were approved by someone other than their author and sent.
        NoticeFilter pending;
        pending.campaignId = m_summary.campaignId;
        pending.states = {NoticeState::Pending};
        auto notices = m_approverNotices.notices(pending);
        if (!notices)
            return finish(notices.error());
        QList<qint64> ids;
        for (const NoticeRecord &n : *notices)
            ids << n.id;
        std::sort(ids.begin(), ids.end());
        ids = ids.mid(0, 2);
        if (auto approved = m_approverNotices.approve(ids); !approved)
            return finish(approved.error());
        m_sender.sendDue([this](Result<NoticeSender::Report> report) {
            if (!report)
                return finish(report.error());
            if (report->failed > 0 || report->deferred > 0)
                return finish(Error{report->messages.join(QStringLiteral("; "))});
            NoticeFilter all;
            all.campaignId = m_summary.campaignId;
            auto listed = m_notices.notices(all);
            if (!listed)
                return finish(listed.error());
            for (const NoticeRecord &n : *listed) {
                m_summary.pendingNotices += n.state == NoticeState::Pending ? 1 : 0;
                m_summary.sentNotices += n.state == NoticeState::Sent ? 1 : 0;
            }
            finish(m_summary);
        });
    }

    void finish(Result<DemoCampaignSummary> result)
    {
        Done done = std::move(m_done);
        deleteLater();
        if (done)
            done(std::move(result));
    }

    Workspace &m_workspace;
    Connections &m_connections;
    Done m_done;
    DemoCampaignSummary m_summary;
    WorkspaceStore m_store;
    NoticeStore m_notices;
    CampaignNotices m_campaigns;
    RotationEngine m_engine;
    WorkspaceStore m_approverStore;
    NoticeStore m_approverNotices;
    NoticeSender m_sender;
};
} // namespace

void DemoWorld::openDemoCampaign(Workspace &workspace, Connections &connections,
                                 std::function<void(Result<DemoCampaignSummary>)> done)
{
    (new DemoCampaignOpener(workspace, connections, std::move(done)))->start();
}

QString DemoWorld::providerId(const QString &providerName)
{
    return demoProviderId(providerName);
}

Result<DemoSummary> DemoWorld::create(const QString &path, const QDateTime &nowIn, quint32 seed, Consumers consumers,
                                      const QString &providerBase)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (f.exists() && !f.remove())
            return Error{tr("Cannot replace the demo workspace at %1: %2").arg(path + suffix, f.errorString())};
    }
    const QDateTime now = nowIn.toUTC();
    ManualClock clock(now.addDays(-400));
    auto db = Database::open(path);
    if (!db)
        return db.error();
    AuditLog audit(**db, clock);
    WorkspaceStore store(**db, audit, clock, QStringLiteral("demo-setup"));
    QRandomGenerator rng(seed);
    DemoSummary summary;
    QList<Happening> past;
    int order = 0;
    auto at = [&past, &order](const QDateTime &when, std::function<Result<void>()> fn) {
        past.append(Happening{when, order++, std::move(fn)});
    };

    // Held keys and their rotations. Each credential's fate is drawn once: most are within policy, some are due
    // soon, overdue, far overdue, or have gone quiet.
    struct HeldPlan
    {
        Credential credential;
        QString scheme;
        qint64 id = 0;
    };
    auto plans = std::make_shared<QList<HeldPlan>>();
    for (const DemoHeldKey &t : demoHeldKeys()) {
        for (const DemoEnvironment &env : demoEnvironments()) {
            HeldPlan plan;
            Credential &c = plan.credential;
            const bool prod = QLatin1String(env.name) == QLatin1String("production");
            c.name =
                QString::fromLatin1(t.purpose) + (prod ? QString() : QLatin1Char('-') + QLatin1String(env.shortName));
            c.kind = CredentialKind::Held;
            c.provider = QString::fromLatin1(t.provider);
            c.environment = QString::fromLatin1(env.name);
            c.owner = QString::fromLatin1(t.owner);
            c.usedBy = t.usedBy;
            c.vaultPath = QStringLiteral("secret/%1/%2").arg(QLatin1String(env.shortName), QLatin1String(t.vaultBase));
            c.providerApi = providerBase.isEmpty()
                                ? QString::fromLatin1(t.providerApi)
                                : providerBase + QStringLiteral("/providers/") + providerId(c.provider);
            c.rotationIntervalDays = t.intervalDays;
            c.gracePeriodSeconds = t.graceSeconds;
            c.supportsDualKey = t.dualKey;
            c.criticality = prod ? QString::fromLatin1(t.criticality) : QStringLiteral("low");
            c.labels = {QStringLiteral("team:") + QString::fromLatin1(t.owner)};
            plan.scheme = QString::fromLatin1(t.prefix);
            plans->append(plan);
        }
    }
    // A retired key keeps its history in the inventory.
    {
        HeldPlan plan;
        Credential &c = plan.credential;
        c.name = QStringLiteral("mandrill-api-key");
        c.provider = QStringLiteral("Mandrill");
        c.environment = QStringLiteral("production");
        c.owner = QStringLiteral("messaging-team");
        c.usedBy = {QStringLiteral("legacy-mailer")};
        c.vaultPath = QStringLiteral("secret/prod/mandrill/api-key");
        c.rotationIntervalDays = 90;
        c.criticality = QStringLiteral("low");
        plan.scheme = QStringLiteral("md-");
        plans->append(plan);
    }

    for (int i = 0; i < plans->size(); ++i) {
        const Credential &c = (*plans)[i].credential;
        const int interval = c.rotationIntervalDays;
        const bool retired = c.name == QLatin1String("mandrill-api-key");
        // age of the current key, in hours
        const int fate = int(rng.bounded(100));
        qint64 ageHours;
        if (fate < 58)
            ageHours = rng.bounded(qint64(interval) * 24 * 7 / 10) + 2;
        else if (fate < 70)
            ageHours = qint64(interval) * 24 - rng.bounded(qint64(std::min(interval / 2, 13)) * 24 + 1) - 1;
        else if (fate < 84)
            ageHours = qint64(interval) * 24 + rng.bounded(qint64(interval) * 24 * 4 / 10 + 1);
        else
            ageHours = qint64(interval) * 24 * 16 / 10 + rng.bounded(qint64(interval) * 24 + 1);
        // the latest rotation has finished its grace period
        ageHours = std::max<qint64>(ageHours, c.gracePeriodSeconds / 3600 + 2);
        if (retired)
            ageHours = 200 * 24;
        const QDateTime currentSince = now.addSecs(-ageHours * 3600);
        int rotations = int(std::min<qint64>(26, (365 * 24 - ageHours) / (qint64(interval) * 24)));
        rotations = std::max(0, rotations);
        const QDateTime created = currentSince.addDays(-qint64(interval) * rotations).addSecs(-3600 * 3);

        // last use of the current key
        const int use = int(rng.bounded(100));
        const bool dev = c.environment == QLatin1String("development");
        QDateTime lastUsed;
        if (use < (dev ? 45 : 80))
            lastUsed = now.addSecs(-qint64(rng.bounded(6 * 3600)) - 60);
        else if (use < (dev ? 70 : 92))
            lastUsed = now.addDays(-qint64(rng.bounded(8, 26)));
        else
            lastUsed = now.addDays(-qint64(rng.bounded(31, 80)));
        if (lastUsed < currentSince)
            lastUsed = currentSince.addSecs(600);

        at(created, [plans, i, &store, &summary]() -> Result<void> {
            auto id = store.createCredential((*plans)[i].credential);
            if (!id)
                return id.error();
            (*plans)[i].id = *id;
            ++summary.heldKeys;
            return {};
        });
        auto keyAt = std::make_shared<QList<QByteArray>>();
        for (int v = 0; v <= rotations; ++v)
            keyAt->append(fakeKey(rng));
        const QString scheme = (*plans)[i].scheme;
        QStringList prefixes;
        for (int v = 0; v <= rotations; ++v)
            prefixes << keyPrefix(scheme.toLatin1().constData(), rng);
        // the first key
        at(created.addSecs(60), [plans, i, keyAt, prefixes, &store]() -> Result<void> {
            KeyVersion k;
            k.credentialId = (*plans)[i].id;
            k.version = 1;
            k.providerKeyId = QStringLiteral("key_%1").arg(QString::fromLatin1(sha256Hex(keyAt->at(0)).left(10)));
            k.fingerprint = fingerprintOf(keyAt->at(0));
            k.prefix = prefixes.at(0);
            k.state = KeyState::Current;
            auto r = store.addKeyVersion(k);
            return r ? Result<void>() : r.error();
        });
        for (int v = 1; v <= rotations; ++v) {
            const QDateTime start = currentSince.addDays(-qint64(interval) * (rotations - v)).addSecs(-1800);
            const qint64 grace = std::max<qint64>(600, c.gracePeriodSeconds);
            auto runId = std::make_shared<qint64>(0);
            const bool emergency = v == rotations && rotations > 3 && rng.bounded(12) == 0;
            at(start, [plans, i, runId, emergency, &store, &summary]() -> Result<void> {
                auto id = store.createRun((*plans)[i].id,
                                          emergency ? QStringLiteral("emergency") : QStringLiteral("scheduled"));
                if (!id)
                    return id.error();
                *runId = *id;
                ++summary.rotations;
                if (auto r = store.setLifecycle((*plans)[i].id, Lifecycle::Rotating, QStringLiteral("rotation")); !r)
                    return r;
                return store.recordStep(*id, QStringLiteral("prechecked"), QStringLiteral("succeeded"),
                                        QStringLiteral("provider and vault reachable; lock taken"));
            });
            at(start.addSecs(40), [plans, i, v, keyAt, prefixes, runId, emergency, &store]() -> Result<void> {
                KeyVersion k;
                k.credentialId = (*plans)[i].id;
                k.version = v + 1;
                k.providerKeyId = QStringLiteral("key_%1").arg(QString::fromLatin1(sha256Hex(keyAt->at(v)).left(10)));
                k.fingerprint = fingerprintOf(keyAt->at(v));
                k.prefix = prefixes.at(v);
                k.state = KeyState::Current;
                if (auto r = store.recordStep(*runId, QStringLiteral("new_key_created"), QStringLiteral("succeeded"),
                                              QStringLiteral("keyturn-run-%1").arg(*runId));
                    !r)
                    return r;
                if (auto added = store.addKeyVersion(k); !added)
                    return added.error();
                if (auto r = store.recordStep(*runId, QStringLiteral("staged_in_vault"), QStringLiteral("succeeded"),
                                              (*plans)[i].credential.vaultPath);
                    !r)
                    return r;
                if (emergency)
                    return {};
                return store.recordStep(*runId, QStringLiteral("grace_period"), QStringLiteral("succeeded"),
                                        QStringLiteral("services re-read the vault"));
            });
            const QDateTime revokeAt = emergency ? start.addSecs(90) : start.addSecs(40 + grace + 300);
            if (!emergency) {
                at(start.addSecs(40 + grace), [runId, &store]() -> Result<void> {
                    return store.recordStep(*runId, QStringLiteral("verified"), QStringLiteral("succeeded"),
                                            QStringLiteral("new key in use; old key quiet for 5 min"));
                });
            }
            at(revokeAt, [plans, i, v, runId, keyAt, &store]() -> Result<void> {
                auto keys = store.keyVersions((*plans)[i].id);
                if (!keys)
                    return keys.error();
                for (const KeyVersion &k : *keys) {
                    if (k.version == v) {
                        if (auto r = store.setKeyState(k.id, KeyState::Revoked); !r)
                            return r;
                    }
                }
                if (auto r = store.recordStep(*runId, QStringLiteral("old_key_revoked"), QStringLiteral("succeeded"));
                    !r)
                    return r;
                if (auto r = store.setRunState(*runId, QStringLiteral("completed")); !r)
                    return r;
                // what the Rotations view shows of a run: which key replaced which
                const QJsonObject facts{{QStringLiteral("old_fingerprint"), fingerprintOf(keyAt->at(v - 1))},
                                        {QStringLiteral("new_fingerprint"), fingerprintOf(keyAt->at(v))},
                                        {QStringLiteral("vault_path"), (*plans)[i].credential.vaultPath}};
                if (auto r = store.rescheduleRun(*runId, QDateTime(), facts); !r)
                    return r;
                return store.setLifecycle((*plans)[i].id, Lifecycle::Active, QStringLiteral("rotation completed"));
            });
        }
        // usage is telemetry: recorded as of now
        at(now.addSecs(-1), [plans, i, lastUsed, retired, &store]() -> Result<void> {
            auto keys = store.keyVersions((*plans)[i].id);
            if (!keys)
                return keys.error();
            for (const KeyVersion &k : *keys) {
                if (k.state == KeyState::Current) {
                    if (retired) {
                        if (auto r = store.setKeyState(k.id, KeyState::Revoked); !r)
                            return r;
                        return store.setLifecycle((*plans)[i].id, Lifecycle::Revoked,
                                                  QStringLiteral("Mandrill retired; mail moved to SendGrid"));
                    }
                    return store.recordLastUsed(k.id, lastUsed);
                }
            }
            return {};
        });
    }

    // Consumers of our platform and the keys we issued them.
    QStringList names = demoConsumerNames();
    const QStringList patterns = demoIntegrationPatterns();
    std::shuffle(names.begin(), names.end(), rng);
    const int consumerCount = consumers == Consumers::Local ? int(names.size()) : 0;
    for (int n = 0; n < consumerCount; ++n) {
        const QString name = names.at(n);
        QString slug = name.toLower();
        slug.replace(QLatin1Char(' '), QLatin1Char('-'));
        const QDateTime joined = now.addDays(-qint64(rng.bounded(40, 700)));
        Consumer consumer;
        consumer.externalId = QStringLiteral("usr_%1").arg(QString::fromLatin1(sha256Hex(slug.toUtf8()).left(8)));
        consumer.name = name;
        consumer.contactEmail = QStringLiteral("api-owner@%1.example").arg(slug);
        consumer.integrationPattern = patterns.at(rng.bounded(int(patterns.size())));
        auto consumerId = std::make_shared<qint64>(0);
        at(joined, [consumer, consumerId, &store, &summary]() -> Result<void> {
            auto id = store.upsertConsumer(consumer);
            if (!id)
                return id.error();
            *consumerId = *id;
            ++summary.consumers;
            return {};
        });
        const bool withStaging = rng.bounded(100) < 30;
        for (int e = 0; e < (withStaging ? 2 : 1); ++e) {
            const DemoEnvironment &env = demoEnvironments().at(e);
            Credential c;
            c.name = QStringLiteral("%1-%2").arg(slug, QLatin1String(env.shortName));
            c.kind = CredentialKind::Issued;
            c.provider = QStringLiteral("Platform API");
            c.environment = QString::fromLatin1(env.name);
            c.owner = QStringLiteral("api-platform-team");
            c.providerApi = QStringLiteral("/admin/keys");
            c.rotationIntervalDays = 180;
            c.gracePeriodSeconds = 30 * 86400;
            c.criticality = e == 0 ? QStringLiteral("medium") : QStringLiteral("low");
            c.scopes = {QStringLiteral("read"), QStringLiteral("write")};
            // most consumers are within the 180-day policy; some lag, a few far behind
            const int lag = int(rng.bounded(100));
            const qint64 wanted = lag < 75   ? rng.bounded(qint64(1), qint64(170))
                                  : lag < 90 ? rng.bounded(qint64(165), qint64(235))
                                             : rng.bounded(qint64(280), qint64(420));
            const qint64 keyAgeDays = std::min(wanted, std::max<qint64>(1, joined.daysTo(now)));
            const QDateTime keySince = now.addDays(-keyAgeDays);
            const bool hadEarlier = keySince.addDays(-30) > joined;
            QByteArray first = fakeKey(rng);
            QByteArray second = fakeKey(rng);
            const QString p1 = keyPrefix(e == 0 ? "kt_live_" : "kt_test_", rng);
            const QString p2 = keyPrefix(e == 0 ? "kt_live_" : "kt_test_", rng);
            const int use = int(rng.bounded(100));
            QDateTime lastUsed;
            if (use < 75)
                lastUsed = now.addSecs(-qint64(rng.bounded(20 * 3600)) - 30);
            else if (use < 88)
                lastUsed = now.addDays(-qint64(rng.bounded(8, 29)));
            else if (use < 96)
                lastUsed = now.addDays(-qint64(rng.bounded(31, 120)));
            if (lastUsed.isValid() && lastUsed < keySince)
                lastUsed = keySince.addSecs(3600);
            auto credId = std::make_shared<qint64>(0);
            at(hadEarlier ? joined.addSecs(600) : keySince,
               [c, consumerId, credId, &store, &summary]() -> Result<void> {
                   Credential copy = c;
                   copy.consumerId = *consumerId;
                   auto id = store.createCredential(copy);
                   if (!id)
                       return id.error();
                   *credId = *id;
                   ++summary.issuedKeys;
                   return {};
               });
            if (hadEarlier) {
                at(joined.addSecs(660), [credId, first, p1, &store]() -> Result<void> {
                    KeyVersion k;
                    k.credentialId = *credId;
                    k.providerKeyId = QStringLiteral("key_%1").arg(QString::fromLatin1(sha256Hex(first).left(10)));
                    k.fingerprint = fingerprintOf(first);
                    k.prefix = p1;
                    k.state = KeyState::Current;
                    auto r = store.addKeyVersion(k);
                    return r ? Result<void>() : r.error();
                });
            }
            at(keySince.addSecs(hadEarlier ? 0 : 60), [credId, second, p2, &store]() -> Result<void> {
                KeyVersion k;
                k.credentialId = *credId;
                k.providerKeyId = QStringLiteral("key_%1").arg(QString::fromLatin1(sha256Hex(second).left(10)));
                k.fingerprint = fingerprintOf(second);
                k.prefix = p2;
                k.state = KeyState::Current;
                auto r = store.addKeyVersion(k);
                return r ? Result<void>() : r.error();
            });
            if (hadEarlier) {
                // consumers revoke their old key themselves within a couple of weeks
                at(keySince.addDays(qint64(rng.bounded(1, 14))), [credId, &store]() -> Result<void> {
                    auto keys = store.keyVersions(*credId);
                    if (!keys)
                        return keys.error();
                    for (const KeyVersion &k : *keys) {
                        if (k.state == KeyState::Previous)
                            return store.setKeyState(k.id, KeyState::Revoked);
                    }
                    return {};
                });
            }
            if (lastUsed.isValid()) {
                at(now.addSecs(-1), [credId, lastUsed, &store]() -> Result<void> {
                    auto keys = store.keyVersions(*credId);
                    if (!keys)
                        return keys.error();
                    for (const KeyVersion &k : *keys) {
                        if (k.state == KeyState::Current)
                            return store.recordLastUsed(k.id, lastUsed);
                    }
                    return {};
                });
            }
        }
    }

    std::stable_sort(past.begin(), past.end(), [](const Happening &a, const Happening &b) {
        return a.at < b.at || (a.at == b.at && a.order < b.order);
    });
    Transaction tx(**db);
    if (!tx.status())
        return tx.status().error();
    for (const Happening &h : past) {
        if (h.at > now)
            continue;
        clock.set(h.at);
        if (auto r = h.apply(); !r)
            return Error{tr("Building the demo workspace failed: %1").arg(r.errorMessage())};
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    auto events = audit.count();
    summary.auditEvents = events ? *events : 0;
    return summary;
}

} // namespace keyturn
