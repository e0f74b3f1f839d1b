// The sandbox's demo world and traffic simulator, in-process over loopback on a manual clock.
#include "SandboxTestClient.h"
#include "SandboxWorld.h"
#include "core/domain/Fingerprint.h"

#include <QRegularExpression>
#include <QSet>

using namespace keyturn;
using namespace keyturn::test;

namespace {
constexpr auto Demo = SandboxOptions::World::Demo;

QJsonArray keysOf(SandboxClient &http, const QString &prefix = QStringLiteral("/admin"))
{
    return http.get(As::Admin, prefix + QStringLiteral("/keys")).json().value(QStringLiteral("keys")).toArray();
}

QJsonObject tick(InProcessSandbox &s, qint64 advanceSecs = 60)
{
    s.clock.advanceSecs(advanceSecs);
    return s.http().post(As::Admin, QStringLiteral("/_sandbox/tick")).json();
}

qint64 daysAgo(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODateWithMs).daysTo(sandboxNow());
}
} // namespace

class TestSandboxWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyWorldHoldsNothing()
    {
        InProcessSandbox s;
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/users")).json().value("users").toArray().size(), 0);
        QCOMPARE(keysOf(s.http()).size(), 0);
        QCOMPARE(s.http().get(As::Vault, QStringLiteral("/v1/secret/metadata/?list=true")).status, 404);
        QVERIFY(s.sandbox->heldKeys().isEmpty());
        const QJsonObject report = tick(s);
        QCOMPARE(report.value("tick").toInt(), 1);
        QCOMPARE(report.value("calls").toInt(-1), 0);
    }

    void demoWorldHoldsTwoHundredConsumers()
    {
        InProcessSandbox s(Demo);
        const QJsonArray users =
            s.http().get(As::Admin, QStringLiteral("/admin/users")).json().value("users").toArray();
        QCOMPARE(users.size(), 200);
        static const QRegularExpression id(QStringLiteral("^usr_[0-9a-f]{8}$"));
        static const QRegularExpression email(QStringLiteral("^api-owner@[a-z]+-[a-z]+\\.example$"));
        const QStringList patterns = {"rest", "python", "node", "java", "go"};
        QSet<QString> ids;
        QSet<QString> names;
        for (const QJsonValue &v : users) {
            const QJsonObject u = v.toObject();
            QVERIFY2(id.match(u.value("id").toString()).hasMatch(), qPrintable(u.value("id").toString()));
            QVERIFY2(email.match(u.value("email").toString()).hasMatch(), qPrintable(u.value("email").toString()));
            QVERIFY(patterns.contains(u.value("integration_pattern").toString()));
            QCOMPARE(u.value("name").toString().split(u' ').size(), 2);
            ids.insert(u.value("id").toString());
            names.insert(u.value("name").toString());
        }
        QCOMPARE(ids.size(), 200);
        QCOMPARE(names.size(), 200);
        QVERIFY(names.contains(QStringLiteral("Acme Logistics")));

        // Each consumer has an active production key; about 30% a staging key too; some rotated before.
        const QJsonArray keys = keysOf(s.http());
        QSet<QString> prodOwners;
        int staging = 0;
        int revoked = 0;
        int active = 0;
        int young = 0;
        int old = 0;
        int neverUsed = 0;
        int stale = 0;
        int recent = 0;
        for (const QJsonValue &v : keys) {
            const QJsonObject k = v.toObject();
            const QString status = k.value("status").toString();
            if (status == QLatin1String("revoked")) {
                ++revoked;
                continue;
            }
            QCOMPARE(status, QStringLiteral("active"));
            ++active;
            const QString name = k.value("name").toString();
            if (name.endsWith(QLatin1String("-prod"))) {
                prodOwners.insert(k.value("user_id").toString());
                QVERIFY(k.value("prefix").toString().startsWith(QLatin1String("kt_live_")));
                QCOMPARE(k.value("environment").toString(), QStringLiteral("production"));
            } else {
                QVERIFY2(name.endsWith(QLatin1String("-staging")), qPrintable(name));
                QVERIFY(k.value("prefix").toString().startsWith(QLatin1String("kt_test_")));
                ++staging;
            }
            const qint64 age = daysAgo(k.value("created_at"));
            young += age < 170 ? 1 : 0;
            old += age >= 280 ? 1 : 0;
            if (k.value("last_used_at").isNull())
                ++neverUsed;
            else if (daysAgo(k.value("last_used_at")) > 30)
                ++stale;
            else if (QDateTime::fromString(k.value("last_used_at").toString(), Qt::ISODateWithMs).secsTo(sandboxNow()) <
                     86400)
                ++recent;
        }
        QCOMPARE(prodOwners.size(), 200);
        QVERIFY2(staging >= 30 && staging <= 90, qPrintable(QString::number(staging)));
        QVERIFY2(revoked > 20 && revoked < active / 2, qPrintable(QString::number(revoked)));
        QVERIFY2(young > active / 2, qPrintable(QString::number(young)));
        QVERIFY2(old > 0, "no key is far behind its policy");
        QVERIFY(neverUsed > 0);
        QVERIFY(stale > 0);
        QVERIFY(recent > active / 2);

        // Earlier rotations are in the audit log.
        const QJsonArray rotations = s.http()
                                         .get(As::Admin, QStringLiteral("/admin/audit-logs?type=key_rotation"))
                                         .json()
                                         .value("logs")
                                         .toArray();
        QVERIFY(rotations.size() >= revoked);
    }

    void demoWorldHoldsHeldKeysAtProvidersAndInTheVault()
    {
        InProcessSandbox s(Demo);
        const QList<SandboxHeldKey> held = s.sandbox->heldKeys();
        QVERIFY2(held.size() >= 18, qPrintable(QString::number(held.size())));
        QSet<QString> providers;
        QSet<QString> environments;
        for (const SandboxHeldKey &h : held) {
            providers.insert(h.provider);
            environments.insert(h.environment);
        }
        for (const char *p : {"stripe", "sendgrid", "internal-gateway", "twilio", "datadog", "github"})
            QVERIFY2(providers.contains(QLatin1String(p)), p);
        QCOMPARE(environments, QSet<QString>({"production", "staging", "development"}));

        // Every vault entry names an active key at its provider, and that key works there.
        for (const SandboxHeldKey &h : held) {
            const HttpAnswer entry = s.http().get(As::Vault, QStringLiteral("/v1/secret/data/") + h.vaultPath);
            QVERIFY2(entry.status == 200, qPrintable(h.vaultPath));
            const QJsonObject data = entry.json().value("data").toObject().value("data").toObject();
            const QString secret = data.value("key").toString();
            const QString keyId = data.value("key_id").toString();
            const QString prefix = QStringLiteral("/providers/") + h.provider;
            const QJsonObject key = keyById(keysOf(s.http(), prefix + QStringLiteral("/admin")), keyId);
            QCOMPARE(key.value("status").toString(), QStringLiteral("active"));
            QCOMPARE(key.value("name").toString(), h.keyName);
            QCOMPARE(key.value("environment").toString(), h.environment);
            QCOMPARE(key.value("fingerprint").toString(), fingerprintOf(secret.toLatin1()));
            QCOMPARE(s.http()
                         .send("GET", prefix + QStringLiteral("/v1/health"),
                               {{"Authorization", "Bearer " + secret.toLatin1()}})
                         .status,
                     200);
        }
        QCOMPARE(s.http().get(As::Vault, QStringLiteral("/v1/secret/data/prod/stripe/api-key")).status, 200);
        QCOMPARE(s.http().get(As::Vault, QStringLiteral("/v1/secret/data/dev/sendgrid/api-key")).status, 200);
        QCOMPARE(s.http()
                     .get(As::Vault, QStringLiteral("/v1/secret/metadata/?list=true"))
                     .json()
                     .value("data")
                     .toObject()
                     .value("keys")
                     .toArray(),
                 QJsonArray({"dev/", "prod/", "staging/"}));
        // The vault keeps the version before the last rotation for most.
        int withHistory = 0;
        for (const SandboxHeldKey &h : held) {
            withHistory += s.http().get(As::Vault, QStringLiteral("/v1/secret/metadata/") + h.vaultPath)
                                       .json()
                                       .value("data")
                                       .toObject()
                                       .value("current_version")
                                       .toInt() > 1
                               ? 1
                               : 0;
        }
        QVERIFY(withHistory > 0);
    }

    void aTickMovesLastUsed()
    {
        InProcessSandbox s(Demo);
        const QJsonObject report = tick(s, 120);
        QCOMPARE(report.value("tick").toInt(), 1);
        QVERIFY(report.value("calls").toInt() > 100);
        QVERIFY(report.value("vault_reads").toInt() > 0);
        const QString now = s.clock.now().toString(Qt::ISODateWithMs);

        int movedIssued = 0;
        for (const QJsonValue &k : keysOf(s.http()))
            movedIssued += k.toObject().value("last_used_at").toString() == now ? 1 : 0;
        QVERIFY2(movedIssued > 50, qPrintable(QString::number(movedIssued)));
        int movedHeld = 0;
        for (const QString &p : SandboxWorld::demoProviders()) {
            for (const QJsonValue &k : keysOf(s.http(), QStringLiteral("/providers/%1/admin").arg(p)))
                movedHeld += k.toObject().value("last_used_at").toString() == now ? 1 : 0;
        }
        QVERIFY2(movedHeld > 10, qPrintable(QString::number(movedHeld)));

        // The in-process entry point does the same, and says so.
        QSignalSpy ticked(s.sandbox.get(), &Sandbox::ticked);
        s.sandbox->tick();
        QCOMPARE(ticked.count(), 1);
        QCOMPARE(ticked.at(0).at(0).toInt(), 2);
        QCOMPARE(s.sandbox->tickCount(), 2);
    }

    void servicesPickUpARotatedKeyFromTheVault()
    {
        InProcessSandbox s(Demo);
        tick(s);
        // A held key whose services are running: its key was used at the last tick.
        const QString now = s.clock.now().toString(Qt::ISODateWithMs);
        SandboxHeldKey chosen;
        QJsonObject oldKey;
        for (const SandboxHeldKey &h : s.sandbox->heldKeys()) {
            const QString keyId = s.http()
                                      .get(As::Vault, QStringLiteral("/v1/secret/data/") + h.vaultPath)
                                      .json()
                                      .value("data")
                                      .toObject()
                                      .value("data")
                                      .toObject()
                                      .value("key_id")
                                      .toString();
            oldKey = keyById(keysOf(s.http(), QStringLiteral("/providers/%1/admin").arg(h.provider)), keyId);
            if (oldKey.value("last_used_at").toString() == now) {
                chosen = h;
                break;
            }
        }
        QVERIFY(!chosen.vaultPath.isEmpty());
        const QString admin = QStringLiteral("/providers/%1/admin").arg(chosen.provider);
        const QString oldId = oldKey.value("id").toString();

        // Rotate as Keyturn would: a new key at the provider, staged in the vault with check-and-set.
        const HttpAnswer rotated = s.http().post(As::Admin, admin + QStringLiteral("/keys/%1/rotate").arg(oldId));
        QCOMPARE(rotated.status, 201);
        const QString newId = rotated.json().value("key").toObject().value("id").toString();
        const QString dataPath = QStringLiteral("/v1/secret/data/") + chosen.vaultPath;
        const int current = s.http()
                                .get(As::Vault, dataPath)
                                .json()
                                .value("data")
                                .toObject()
                                .value("metadata")
                                .toObject()
                                .value("version")
                                .toInt();
        const HttpAnswer staged = s.http().post(
            As::Vault, dataPath,
            {{"options", QJsonObject{{"cas", current}}},
             {"data",
              QJsonObject{{"key", rotated.json().value("secret")}, {"key_id", newId}, {"previous_key_id", oldId}}}});
        QCOMPARE(staged.status, 200);

        // Within the services' cache TTL (a few ticks) the new key is in use.
        bool used = false;
        for (int i = 0; i < 6 && !used; ++i) {
            tick(s);
            used = !keyById(keysOf(s.http(), admin), newId).value("last_used_at").isNull();
        }
        QVERIFY2(used, "no service picked up the rotated key");
        // Once every service has re-read the vault, the old key goes quiet; revoking it then refuses nobody.
        for (int i = 0; i < 5; ++i)
            tick(s);
        const QString quietSince = keyById(keysOf(s.http(), admin), oldId).value("last_used_at").toString();
        tick(s);
        QCOMPARE(keyById(keysOf(s.http(), admin), oldId).value("last_used_at").toString(), quietSince);
        QCOMPARE(s.http().del(As::Admin, admin + QStringLiteral("/keys/") + oldId).status, 200);
        tick(s);
        QCOMPARE(keyById(keysOf(s.http(), admin), oldId).value("unauthorized_count").toInt(-1), 0);
    }

    void aRevokedKeyStillInUseCountsUnauthorizedCalls()
    {
        InProcessSandbox s(Demo);
        tick(s);
        const QString now = s.clock.now().toString(Qt::ISODateWithMs);
        QJsonObject victim;
        for (const QJsonValue &v : keysOf(s.http())) {
            if (v.toObject().value("last_used_at").toString() == now) {
                victim = v.toObject();
                break;
            }
        }
        QVERIFY(!victim.isEmpty());
        const QString id = victim.value("id").toString();
        const qint64 before = victim.value("unauthorized_count").toInteger();
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/admin/keys/") + id).status, 200);
        for (int i = 0; i < 5; ++i)
            tick(s);
        const QJsonObject usage = s.http().get(As::Admin, QStringLiteral("/admin/keys/%1/usage").arg(id)).json();
        QVERIFY(usage.value("unauthorized_count").toInteger() > before);
    }

    void consumersMigrateAfterANotice()
    {
        InProcessSandbox s(Demo);
        const QJsonArray users =
            s.http().get(As::Admin, QStringLiteral("/admin/users")).json().value("users").toArray();
        QJsonArray to;
        for (const QJsonValue &u : users)
            to.append(u.toObject().value("email"));
        const QJsonObject notice{{"from", "keyturn@platform.example"},
                                 {"to", to},
                                 {"subject", "Your API key is due for rotation"},
                                 {"text_body", "Please create a new key and switch to it."}};
        QCOMPARE(s.http().post(As::Mail, QStringLiteral("/v1/send"), notice).status, 200);
        const QString start = s.clock.now().toString(Qt::ISODateWithMs);

        int created = 0;
        int switched = 0;
        for (int i = 0; i < 25; ++i) {
            const QJsonObject report = tick(s);
            created += report.value("keys_created").toInt();
            switched += report.value("switched").toInt();
        }
        const QJsonArray rotations =
            s.http()
                .get(As::Admin, QStringLiteral("/admin/audit-logs?type=key_rotation&start_date=") + start)
                .json()
                .value("logs")
                .toArray();
        QCOMPARE(rotations.size(), created);
        QVERIFY2(created > 100, qPrintable(QString::number(created)));
        QVERIFY(switched > 50);
        QVERIFY(rotations.at(0).toObject().value("rotated_by").toString().startsWith(QLatin1String("consumer:usr_")));
        // Some never act on it.
        QSet<QString> deployments;
        for (const QJsonValue &k : keysOf(s.http()))
            deployments.insert(k.toObject().value("user_id").toString() + k.toObject().value("name").toString());
        QVERIFY2(created < deployments.size(), qPrintable(QString::number(deployments.size())));
    }

    void theSameSeedBuildsTheSameWorld()
    {
        auto shape = [](quint32 seed) {
            InProcessSandbox s(Demo, seed);
            tick(s);
            // Everything, fingerprints (so secret values) included; only the sandbox's tokens differ.
            QStringList out;
            for (const QJsonValue &k : keysOf(s.http()))
                out << QString::fromUtf8(QJsonDocument(k.toObject()).toJson(QJsonDocument::Compact));
            for (const QJsonValue &k : keysOf(s.http(), QStringLiteral("/providers/stripe/admin")))
                out << QString::fromUtf8(QJsonDocument(k.toObject()).toJson(QJsonDocument::Compact));
            out << QString::fromUtf8(
                s.http().get(As::Vault, QStringLiteral("/v1/secret/data/prod/stripe/api-key")).body);
            return out;
        };
        const QStringList first = shape(11);
        QCOMPARE(shape(11), first);
        QVERIFY(shape(12) != first);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWorld)
#include "TestSandboxWorld.moc"
